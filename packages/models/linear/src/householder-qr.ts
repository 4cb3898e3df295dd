/**
 * The Householder QR factorisation with column pivoting of a tall m × p matrix A (column-major):
 * A·P = Q·R, where P orders the columns by the size of what the earlier ones leave unexplained.
 * Golub and Van Loan, *Matrix Computations* (4th ed.), §5.2 and §5.4.2.
 */
export interface PivotedQr {
  readonly rows: number
  readonly cols: number
  /** How many columns are independent at the tolerance; R's first `rank` pivots are kept. */
  readonly rank: number
  /** order[k]: the column of A in position k. */
  readonly order: Int32Array
  /** R, p × p upper triangular, row-major, in pivoted order (only the leading rank × rank is valid). */
  readonly R: Float64Array
  /** The Householder vectors below the diagonal, in A's column-major storage. */
  readonly reflectors: Float64Array
  /** 2 / vᵀv of each reflector (0 where the column was already zero). */
  readonly betas: Float64Array
}

/** How {@link pivotedQr} decides rank. */
export interface PivotOptions {
  /**
   * A column counts as dependent when the part of it that the columns pivoted before it leave
   * unexplained is at most this fraction of its norm.
   */
  tolerance: number
  /** Columns that are pivoted first, in this order, whatever their size (the intercept). */
  leading?: number
}

/**
 * Factors A in place (A becomes the reflectors) with Businger–Golub column pivoting: each step takes
 * the column with the largest remaining norm. The rank test measures the chosen column's remaining
 * norm afresh, so a column's unexplained part is exact however much cancellation came before.
 *
 * @example
 * ```ts
 * import { pivotedQr } from './householder-qr.js'
 * // Columns [3, 4] and [1, 0]: the first is pivoted first (norm 5), R = [[-5, -0.6], [0, ±0.8]].
 * pivotedQr(Float64Array.of(3, 4, 1, 0), 2, 2, { tolerance: 1e-12 }).R[0] // -5
 * ```
 */
export function pivotedQr(
  A: Float64Array,
  m: number,
  p: number,
  { tolerance, leading = 0 }: PivotOptions,
): PivotedQr {
  const order = Int32Array.from({ length: p }, (_, j) => j)
  const original = new Float64Array(p)
  for (let j = 0; j < p; j++) original[j] = columnNorm(A, m, j, 0)
  // Remaining norms, downdated after each step and recomputed where the downdate has cancelled
  // (LAPACK's xGEQP3 rule, Drmač and Bujanović, ACM TOMS 35(2), 2008).
  const remaining = original.slice()
  const lastComputed = original.slice()
  const R = new Float64Array(p * p)
  const betas = new Float64Array(p)
  let rank = p
  for (let k = 0; k < p; k++) {
    let best = k
    if (k >= leading) {
      for (let j = k + 1; j < p; j++)
        if ((remaining[j] as number) > (remaining[best] as number)) best = j
    }
    const norm = columnNorm(A, m, best, k)
    if (norm <= tolerance * (original[order[best] as number] as number) || k >= m) {
      rank = k
      break
    }
    if (best !== k) {
      swapColumns(A, m, k, best)
      ;[order[k], order[best]] = [order[best] as number, order[k] as number]
      swapEntries(remaining, k, best)
      swapEntries(lastComputed, k, best)
      // R's rows above k hold the already-computed entries of these columns.
      for (let i = 0; i < k; i++) swapEntries(R, i * p + k, i * p + best)
    }
    betas[k] = reflect(A, m, k, norm, R, p)
    reflectTrailing(A, m, p, k, betas[k] as number)
    for (let j = k + 1; j < p; j++) {
      const rkj = A[j * m + k] as number
      R[k * p + j] = rkj
      const left = remaining[j] as number
      if (left === 0) continue
      const ratio = Math.max(0, 1 - (rkj / left) ** 2)
      if (ratio * (left / (lastComputed[j] as number)) ** 2 <= Math.sqrt(Number.EPSILON)) {
        remaining[j] = columnNorm(A, m, j, k + 1)
        lastComputed[j] = remaining[j] as number
      } else {
        remaining[j] = left * Math.sqrt(ratio)
      }
    }
  }
  return { rows: m, cols: p, rank, order, R, reflectors: A, betas }
}

/**
 * b ← Qᵀb for a vector b of length m (the first `rank` reflectors).
 * @example
 * ```ts
 * import { applyQt, pivotedQr } from './householder-qr.js'
 * const qr = pivotedQr(Float64Array.of(3, 4), 2, 1, { tolerance: 0 })
 * const b = Float64Array.of(3, 4)
 * applyQt(qr, b) // b is now [-5, 0]: Qᵀ turns the column into R
 * ```
 */
export function applyQt(qr: PivotedQr, b: Float64Array): void {
  for (let k = 0; k < qr.rank; k++)
    applyReflector(qr.reflectors, qr.rows, k, qr.betas[k] as number, b, 0)
}

/**
 * b ← Qb for a vector b of length m: undoes {@link applyQt}.
 * @example
 * ```ts
 * import { applyQ, pivotedQr } from './householder-qr.js'
 * const qr = pivotedQr(Float64Array.of(3, 4), 2, 1, { tolerance: 0 })
 * const b = Float64Array.of(-5, 0)
 * applyQ(qr, b) // b is now [3, 4]
 * ```
 */
export function applyQ(qr: PivotedQr, b: Float64Array): void {
  for (let k = qr.rank - 1; k >= 0; k--)
    applyReflector(qr.reflectors, qr.rows, k, qr.betas[k] as number, b, 0)
}

/**
 * Solves R·z = c for the leading rank × rank block of R (back substitution), in place.
 * @example
 * ```ts
 * import { solveR } from './householder-qr.js'
 * const c = Float64Array.of(3, 2)
 * solveR(Float64Array.of(1, 1, 0, 2), 2, 2, c) // c is now [2, 1]
 * ```
 */
export function solveR(R: Float64Array, p: number, rank: number, c: Float64Array): void {
  for (let i = rank - 1; i >= 0; i--) {
    let s = c[i] as number
    for (let j = i + 1; j < rank; j++) s -= (R[i * p + j] as number) * (c[j] as number)
    c[i] = s / (R[i * p + i] as number)
  }
}

/**
 * Solves Rᵀ·z = c for the leading rank × rank block of R (forward substitution), in place.
 * @example
 * ```ts
 * import { solveRt } from './householder-qr.js'
 * const c = Float64Array.of(1, 3)
 * solveRt(Float64Array.of(1, 1, 0, 2), 2, 2, c) // c is now [1, 1]
 * ```
 */
export function solveRt(R: Float64Array, p: number, rank: number, c: Float64Array): void {
  for (let i = 0; i < rank; i++) {
    let s = c[i] as number
    for (let j = 0; j < i; j++) s -= (R[j * p + i] as number) * (c[j] as number)
    c[i] = s / (R[i * p + i] as number)
  }
}

/** ‖A[from:, j]‖, scaled against overflow and underflow. */
function columnNorm(A: Float64Array, m: number, j: number, from: number): number {
  let scale = 0
  for (let i = from; i < m; i++) scale = Math.max(scale, Math.abs(A[j * m + i] as number))
  if (scale === 0) return 0
  let sum = 0
  for (let i = from; i < m; i++) sum += ((A[j * m + i] as number) / scale) ** 2
  return scale * Math.sqrt(sum)
}

/**
 * Turns A[k:, k] (of norm `norm`) into the reflector v with v = x − αe₁, α = −sign(x₀)·‖x‖ (the sign
 * that avoids cancellation), writes α to R[k][k] and returns β = 2 / vᵀv.
 */
function reflect(
  A: Float64Array,
  m: number,
  k: number,
  norm: number,
  R: Float64Array,
  p: number,
): number {
  const head = A[k * m + k] as number
  const alpha = head >= 0 ? -norm : norm
  A[k * m + k] = head - alpha
  R[k * p + k] = alpha
  // vᵀv = ‖x‖² − 2αx₀ + α² = 2‖x‖(‖x‖ + |x₀|).
  return 1 / (norm * (norm + Math.abs(head)))
}

/** target[offset + k:] ← (I − βvvᵀ)·target[offset + k:] for reflector k. */
function applyReflector(
  V: Float64Array,
  m: number,
  k: number,
  beta: number,
  target: Float64Array,
  offset: number,
): void {
  if (beta === 0) return
  const v = k * m
  let dot = 0
  for (let i = k; i < m; i++) dot += (V[v + i] as number) * (target[offset + i] as number)
  const f = beta * dot
  for (let i = k; i < m; i++)
    target[offset + i] = (target[offset + i] as number) - f * (V[v + i] as number)
}

/**
 * Applies reflector k to every column right of it, four columns a pass: each entry of v, loaded
 * once, feeds four multiply-adds (the dot products) and then four updates, which keeps the loop
 * from waiting on memory.
 */
function reflectTrailing(A: Float64Array, m: number, p: number, k: number, beta: number): void {
  if (beta === 0) return
  const v = k * m
  let j = k + 1
  for (; j + 3 < p; j += 4) {
    const c0 = j * m
    const c1 = c0 + m
    const c2 = c1 + m
    const c3 = c2 + m
    let d0 = 0
    let d1 = 0
    let d2 = 0
    let d3 = 0
    for (let i = k; i < m; i++) {
      const vi = A[v + i] as number
      d0 += vi * (A[c0 + i] as number)
      d1 += vi * (A[c1 + i] as number)
      d2 += vi * (A[c2 + i] as number)
      d3 += vi * (A[c3 + i] as number)
    }
    d0 *= beta
    d1 *= beta
    d2 *= beta
    d3 *= beta
    for (let i = k; i < m; i++) {
      const vi = A[v + i] as number
      A[c0 + i] = (A[c0 + i] as number) - d0 * vi
      A[c1 + i] = (A[c1 + i] as number) - d1 * vi
      A[c2 + i] = (A[c2 + i] as number) - d2 * vi
      A[c3 + i] = (A[c3 + i] as number) - d3 * vi
    }
  }
  for (; j < p; j++) applyReflector(A, m, k, beta, A, j * m)
}

function swapEntries(a: Float64Array, i: number, j: number): void {
  const t = a[i] as number
  a[i] = a[j] as number
  a[j] = t
}

function swapColumns(A: Float64Array, m: number, a: number, b: number): void {
  for (let i = 0; i < m; i++) {
    const t = A[a * m + i] as number
    A[a * m + i] = A[b * m + i] as number
    A[b * m + i] = t
  }
}
