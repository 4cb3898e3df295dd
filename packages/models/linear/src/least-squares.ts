import { centredGram, type Matrix } from './gram.js'
import { factorGram } from './gram-factor.js'
import { refinedLeastSquares } from './refined-least-squares.js'
import { gramKernels, type Matrix32 } from './wasm-kernels.js'

export type { Matrix } from './gram.js'

/** The solution of a least-squares problem with an intercept: Y ≈ X·coefficients + intercept. */
export interface LeastSquaresSolution {
  /** [cols of X] × [cols of Y], row-major. */
  coefficients: Float64Array
  /** One per column of Y. */
  intercept: Float64Array
}

/** How {@link leastSquares} solves. */
export interface LeastSquaresOptions {
  /** L2 penalty on the coefficients (not the intercept). Default 0. */
  ridge?: number
  /**
   * Use the WebAssembly mixed-precision path for float32 data where it is available (default true);
   * false always takes the float64 JavaScript path. Both give the float64 solution.
   */
  fastPath?: boolean
}

/**
 * Least squares with an intercept: minimises ‖Y − X·B − 1·cᵀ‖² + ridge·‖B‖², to float64 accuracy.
 *
 * Float32 data (what tensors hold) go to {@link refinedLeastSquares}, which sums the Gram matrix
 * with WebAssembly SIMD and refines the answer in float64; it hands back near-dependent problems, and
 * everything else takes {@link float64LeastSquares}.
 *
 * @throws {RankDeficientError} without ridge, when a column depends on the others.
 */
export function leastSquares(
  X: Matrix,
  Y: Matrix,
  { ridge = 0, fastPath = true }: LeastSquaresOptions = {},
): LeastSquaresSolution {
  const kernels = fastPath ? gramKernels() : undefined
  if (kernels && X.data instanceof Float32Array && Y.data instanceof Float32Array) {
    const refined = refinedLeastSquares(kernels, X as Matrix32, Y as Matrix32, ridge)
    if (refined) return refined
  }
  return float64LeastSquares(X, Y, ridge)
}

/**
 * Least squares with an intercept, in float64 throughout.
 *
 * Numerics: the data are centred (which solves for the intercept exactly and removes the worst
 * conditioning, a feature's offset from zero) in two passes, the Gram matrix XᵀX is accumulated in
 * float64 over its upper triangle and factored by {@link factorGram}, whose pivoting finds dependent
 * columns instead of dividing by round-off.
 *
 * @throws {RankDeficientError} without ridge, when a column depends on the others.
 */
export function float64LeastSquares(X: Matrix, Y: Matrix, ridge = 0): LeastSquaresSolution {
  const d = X.cols
  const q = Y.cols
  const meanX = columnMeans(X)
  const meanY = columnMeans(Y)
  const { gram, cross } = split(centredGram(X, Y, meanX, meanY), d, q)
  const coefficients = factorGram(gram, d, { ridge }).solve(cross, q)

  const intercept = new Float64Array(q)
  for (let k = 0; k < q; k++) {
    let c = meanY[k] as number
    for (let j = 0; j < d; j++) c -= (meanX[j] as number) * (coefficients[j * q + k] as number)
    intercept[k] = c
  }
  return { coefficients, intercept }
}

function columnMeans({ rows, cols, data }: Matrix): Float64Array {
  const means = new Float64Array(cols)
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) means[j] = (means[j] as number) + (data[i * cols + j] as number)
  }
  for (let j = 0; j < cols; j++) means[j] = (means[j] as number) / rows
  return means
}

/** The XᵀX (d × d) and XᵀY (d × q) blocks of the joint Gram matrix of [X, Y]. */
function split(joint: Float64Array, d: number, q: number) {
  const m = d + q
  const gram = new Float64Array(d * d)
  const cross = new Float64Array(d * q)
  for (let j = 0; j < d; j++) {
    for (let l = 0; l < d; l++) gram[j * d + l] = joint[j * m + l] as number
    for (let k = 0; k < q; k++) cross[j * q + k] = joint[j * m + d + k] as number
  }
  return { gram, cross }
}
