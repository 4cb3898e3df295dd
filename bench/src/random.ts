/**
 * A seeded uniform generator on [0, 1): a Weyl counter passed through a two-round multiply–xorshift
 * hash. The bench's own, so that the typed-array floor and the peers' minibatch orders import no library.
 */
export function seededRandom(seed: number): () => number {
  let state = seed | 0
  return () => {
    state = (state + 0x9e3779b9) | 0
    let z = state
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad)
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97)
    return ((z ^ (z >>> 15)) >>> 0) / 4294967296
  }
}

/** Shuffles `order` in place (Fisher–Yates) with `random`. */
export function shuffleInPlace(order: Int32Array, random: () => number): Int32Array {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const t = order[i] as number
    order[i] = order[j] as number
    order[j] = t
  }
  return order
}

/** 0, 1, …, n − 1. */
export function identityOrder(n: number): Int32Array {
  const order = new Int32Array(n)
  for (let i = 0; i < n; i++) order[i] = i
  return order
}

/** n draws from N(0, 1) (Box–Muller), for the true weights of the large workloads. */
export function normals(n: number, random: () => number): number[] {
  const out: number[] = []
  while (out.length < n) {
    const u = 1 - random()
    const v = random()
    const r = Math.sqrt(-2 * Math.log(u))
    out.push(r * Math.cos(2 * Math.PI * v), r * Math.sin(2 * Math.PI * v))
  }
  return out.slice(0, n)
}

/** Seeded true weights for the large workloads: N(0, 1) draws, rounded to two decimals for reading. */
export function trueWeights(d: number, seed: number): Float64Array {
  return Float64Array.from(normals(d, seededRandom(seed)), (v) => Math.round(v * 100) / 100)
}
