import { interceptCovariance, inverseOf } from './intercept-covariance.js'
import type { LeastSquaresFit, LeastSquaresOptions, Matrix } from './least-squares-fit.js'
import { qrLeastSquares } from './qr-least-squares.js'
import { type RefinedSolution, refinedLeastSquares } from './refined-least-squares.js'
import { gramKernels, type Matrix32 } from './wasm-kernels.js'

export type { LeastSquaresFit, LeastSquaresOptions, Matrix } from './least-squares-fit.js'

/**
 * The Gram path is taken only when the column-scaled design's condition number is at most this.
 * Refinement of the normal equations with float64 residuals leaves an error of about ε·κ² (κ²
 * because the Gram matrix squares it), so κ ≤ 1e3 keeps its answers within about 1e-10 of QR's.
 */
export const GRAM_PATH_MAX_CONDITION = 1e3

/**
 * ... and only for problems with at least this many numbers in X: below it, QR takes milliseconds
 * and the Gram path's speed buys nothing.
 */
export const GRAM_PATH_MIN_SIZE = 2 ** 18

/**
 * Least squares, Y ≈ X·B + 1·cᵀ (or X·B without intercept), minimising ‖Y − X·B − 1·cᵀ‖² +
 * ridge·‖B‖², in float64, with what inference needs. The one place that chooses the algorithm:
 *
 * - **Gram path** ({@link refinedLeastSquares}): float32 data (what tensors hold) of at least
 *   {@link GRAM_PATH_MIN_SIZE} numbers, with an intercept, WebAssembly SIMD available and
 *   `fastPath` not false. It sums XᵀX in SIMD, refines on the normal equations, and is kept only
 *   when refinement converged and the condition estimate from its factor is at most
 *   {@link GRAM_PATH_MAX_CONDITION}. Many times faster than QR on a million rows.
 * - **QR path** ({@link qrLeastSquares}), everything else: Householder QR with pivoting and
 *   double-double refinement, accurate to about ε·κ; certified on the NIST StRD sets.
 *
 * @throws {RankDeficientError} without ridge, when a column depends on the others (decided by QR).
 * @example
 * ```ts
 * import { leastSquares } from './least-squares.js'
 * const X = { rows: 3, cols: 1, data: Float64Array.of(0, 1, 2) }
 * const fit = leastSquares(X, { rows: 3, cols: 1, data: Float64Array.of(1, 3, 5) })
 * fit.method // 'qr' (float64 data, and small)
 * ```
 */
export function leastSquares(
  X: Matrix,
  Y: Matrix,
  options: LeastSquaresOptions = {},
): LeastSquaresFit {
  const { ridge = 0, intercept = true, fastPath = true } = options
  const kernels = fastPath && intercept ? gramKernels() : undefined
  if (
    kernels &&
    X.rows * X.cols >= GRAM_PATH_MIN_SIZE &&
    X.data instanceof Float32Array &&
    Y.data instanceof Float32Array
  ) {
    const refined = refinedLeastSquares(kernels, X as Matrix32, Y as Matrix32, ridge)
    if (refined) {
      const conditionNumber = refined.factor.condition()
      if (conditionNumber <= GRAM_PATH_MAX_CONDITION) return gramFit(X, Y, refined, conditionNumber)
    }
  }
  return qrLeastSquares(X, Y, { ridge, intercept })
}

/**
 * The Gram path's answer as a {@link LeastSquaresFit}: one float64 pass for the residuals. Its
 * covariance comes from the Gram matrix summed in float32 blocks and is not refined, so it carries
 * a relative error near 1e-7 (standard errors to about seven digits); QR's is good to ε·κ.
 */
function gramFit(
  X: Matrix,
  Y: Matrix,
  { coefficients, intercept, factor, means }: RefinedSolution,
  conditionNumber: number,
): LeastSquaresFit {
  const { rows: n, cols: d } = X
  const q = Y.cols
  const rss = new Float64Array(q)
  const w = new Float64Array(d)
  for (let k = 0; k < q; k++) {
    for (let j = 0; j < d; j++) w[j] = coefficients[j * q + k] as number
    const b = intercept[k] as number
    let sum = 0
    for (let i = 0; i < n; i++) {
      let residual = (Y.data[i * q + k] as number) - b
      for (let j = 0; j < d; j++) residual -= (X.data[i * d + j] as number) * (w[j] as number)
      sum += residual * residual
    }
    rss[k] = sum
  }
  return {
    coefficients,
    intercept,
    rss,
    method: 'gram',
    conditionNumber,
    covariance: () => interceptCovariance(inverseOf(factor, d), means, n),
  }
}
