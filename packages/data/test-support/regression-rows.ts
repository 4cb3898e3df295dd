// Seeded rows for the table tests, and the truth they are checked against: the count, means and
// centred cross-products computed here in float64 by plain two-pass loops, independently of the
// library (which pushes the same arithmetic into SQL). The features sit far from zero (offsets of 10³
// to 10⁶), where the one-pass formula Σxy − n·x̄ȳ would lose most of its digits.

/** Rows of [x1, x2, x3, y], y = 2 + 0.5 x1 − 3 x2 + 1.5 x3 + noise, row-major. */
export function regressionRows(n: number, seed: number): Float64Array {
  let state = seed >>> 0
  // mulberry32: small, seeded, and good enough for test data.
  const uniform = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const normal = () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform())
  const rows = new Float64Array(n * 4)
  for (let i = 0; i < n; i++) {
    const x1 = 1000 + normal()
    const x2 = 1e6 + 3 * normal()
    const x3 = -50 + 0.01 * normal()
    rows.set([x1, x2, x3, 2 + 0.5 * x1 - 3 * x2 + 1.5 * x3 + 0.1 * normal()], i * 4)
  }
  return rows
}

export const REGRESSION_COLUMNS = ['x1', 'x2', 'x3', 'y'] as const

/** Two-pass float64 moments of the columns of row-major `rows` (width columns). */
export function referenceMoments(rows: Float64Array, width: number) {
  const n = rows.length / width
  const means = new Float64Array(width)
  for (let i = 0; i < n; i++)
    for (let j = 0; j < width; j++)
      means[j] = (means[j] as number) + (rows[i * width + j] as number)
  for (let j = 0; j < width; j++) means[j] = (means[j] as number) / n
  const crossProducts = new Float64Array(width * width)
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < width; j++) {
      const a = (rows[i * width + j] as number) - (means[j] as number)
      for (let k = 0; k < width; k++) {
        const b = (rows[i * width + k] as number) - (means[k] as number)
        crossProducts[j * width + k] = (crossProducts[j * width + k] as number) + a * b
      }
    }
  }
  return { n, means, crossProducts }
}

/** max |a − b| / max |b|: the relative error in the max norm. */
export function relativeError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let difference = 0
  let scale = 0
  for (let i = 0; i < b.length; i++) {
    difference = Math.max(difference, Math.abs((a[i] as number) - (b[i] as number)))
    scale = Math.max(scale, Math.abs(b[i] as number))
  }
  return difference / scale
}

/** `(v, v, …), (…)` for rows from..to, as exact SQL literals (String(x) reads back as x). */
export function valuesList(rows: Float64Array, width: number, from: number, to: number): string {
  const lines: string[] = []
  for (let i = from; i < to; i++) {
    lines.push(`(${Array.from(rows.subarray(i * width, (i + 1) * width), String).join(', ')})`)
  }
  return lines.join(',\n')
}
