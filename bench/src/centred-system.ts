import { solveSymmetric } from './peers/typed-array.js'
import type { LinearFit } from './problem.js'

/**
 * Least squares with an intercept from the sufficient statistics of [X, y]: the d + 1 column means
 * (features, then y) and the upper triangle of the centred cross-products Σ (a − ā)(b − b̄), row by row
 * ([x₁x₁, x₁x₂, …, x₁y, x₂x₂, …, yy]). Solves the centred normal equations by Cholesky in float64; the
 * intercept is ȳ − x̄ᵀw.
 */
export function solveCentred(
  means: ArrayLike<number>,
  upperTriangle: ArrayLike<number>,
  d: number,
): LinearFit {
  const gram = new Float64Array(d * d)
  const cross = new Float64Array(d)
  let k = 0
  for (let j = 0; j < d; j++) {
    for (let l = j; l < d; l++) {
      gram[j * d + l] = upperTriangle[k] as number
      gram[l * d + j] = upperTriangle[k] as number
      k++
    }
    cross[j] = upperTriangle[k++] as number
  }
  const w = solveSymmetric(gram, cross, d)
  let b = means[d] as number
  for (let j = 0; j < d; j++) b -= (means[j] as number) * (w[j] as number)
  return { w, b }
}
