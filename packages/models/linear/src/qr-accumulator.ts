import { pivotedQr } from './householder-qr.js'

/**
 * The R factor of two stacked matrices from their own R factors (one step of TSQR, Demmel et al.,
 * "Communication-optimal parallel and sequential QR and LU factorizations", SIAM J. Sci. Comput.
 * 34(1), 2012): if A₁ = Q₁R₁ and A₂ = Q₂R₂ then [A₁; A₂] = Q·R where R is the R factor of [R₁; R₂].
 * RᵀR = R₁ᵀR₁ + R₂ᵀR₂ = A₁ᵀA₁ + A₂ᵀA₂, without ever forming the Gram matrix (which would square the
 * condition number). Rows of R may differ in sign from another factorisation of the same data.
 *
 * @param top - p × p upper triangular, row-major.
 * @param bottom - any number of rows × p, row-major (another R factor, or a block of raw rows).
 * @returns p × p upper triangular, row-major.
 * @example
 * ```ts
 * import { mergeR } from '@d2l-ts/models-linear'
 * // The rows [3] and [4] of a one-column matrix: R = [±5], the column's norm.
 * Math.abs(mergeR(Float64Array.of(3), Float64Array.of(4), 1)[0]!) // 5
 * ```
 */
export function mergeR(top: Float64Array, bottom: Float64Array, p: number): Float64Array {
  const m = p + bottom.length / p
  const stacked = new Float64Array(m * p)
  for (let j = 0; j < p; j++) {
    for (let i = 0; i < p; i++) stacked[j * m + i] = top[i * p + j] as number
    for (let i = p; i < m; i++) stacked[j * m + i] = bottom[(i - p) * p + j] as number
  }
  // No pivoting (every column leads) and no rank cut: a merge must keep the columns in their order.
  const { R, rank } = pivotedQr(stacked, m, p, { tolerance: 0, leading: p })
  // Columns that were exactly zero below the diagonal leave zero rows, which is their R.
  for (let i = rank; i < p; i++) R.fill(0, i * p, (i + 1) * p)
  return R
}

/**
 * The R factor of a tall matrix that arrives in row blocks (a file read in chunks, partitions
 * computed in several places): each block is merged into the running R by {@link mergeR}, so memory
 * is p² numbers whatever the number of rows. Put the response as the last column to get, from R, the
 * least-squares solution (R₁₁β = r₁₂) and the residual norm (|r₂₂|).
 *
 * @example
 * ```ts
 * import { QrAccumulator } from '@d2l-ts/models-linear'
 * const qr = new QrAccumulator(2)
 * qr.add(Float64Array.of(1, 1, 1, 2)) // rows [1, 1] and [1, 2]
 * qr.add(Float64Array.of(1, 3)) // row [1, 3]
 * const R = qr.R() // RᵀR = [[3, 6], [6, 14]], the Gram matrix of all three rows
 * ```
 */
export class QrAccumulator {
  readonly cols: number
  #R: Float64Array
  #rows = 0

  constructor(cols: number) {
    this.cols = cols
    this.#R = new Float64Array(cols * cols)
  }

  /** Merges a block of rows (row-major, a multiple of `cols` numbers). */
  add(rows: Float64Array): void {
    this.#R = mergeR(this.#R, rows, this.cols)
    this.#rows += rows.length / this.cols
  }

  /** Merges another accumulator's rows (computed elsewhere, on other rows). */
  merge(other: QrAccumulator): void {
    this.#R = mergeR(this.#R, other.R(), this.cols)
    this.#rows += other.rowCount
  }

  /** Rows added so far. */
  get rowCount(): number {
    return this.#rows
  }

  /** A copy of the current R factor (cols × cols, upper triangular, row-major). */
  R(): Float64Array {
    return this.#R.slice()
  }
}
