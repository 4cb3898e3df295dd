import { factorGram } from '../gram-factor.js'
import type { Matrix } from '../least-squares-fit.js'
import { centredGram } from './gram.js'

/** The solution of a least-squares problem with an intercept: Y ≈ X·coefficients + intercept. */
export interface LeastSquaresSolution {
  /** [cols of X] × [cols of Y], row-major. */
  coefficients: Float64Array
  /** One per column of Y. */
  intercept: Float64Array
}

/**
 * A second, independent least-squares solver for the tests (the one this package used before its QR
 * solver): least squares with an intercept, in float64 throughout.
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
