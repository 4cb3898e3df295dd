// The bench's float64 answers, computed once per dataset in the parent process, that every
// implementation's result is checked against before it is timed.
import { means, sgdLoop, solveSymmetric } from './peers/typed-array.js'
import type { Dataset, LinearFit, SgdSettings } from './problem.js'

/** SGD workloads: the plain loop with float64 parameters, same settings and seed as the floor. */
export function sgdReference(data: Dataset, settings: SgdSettings): LinearFit {
  return sgdLoop(data, settings, 'float64')
}

/**
 * Closed-form workloads: least squares with an intercept on the float32 data, in float64. Written
 * independently of the floor's blocked loop (row by row), and finished with `refinements` steps of
 * iterative refinement (solve for the correction from the float64 residual), so that round-off in the
 * normal equations does not reach the answer's leading digits.
 */
export function closedFormReference(data: Dataset, refinements = 2): LinearFit {
  const { X, y, n, d } = data
  const { meanX, meanY } = means(data)
  const gram = new Float64Array(d * d)
  const cross = new Float64Array(d)
  const x = new Float64Array(d)
  for (let i = 0; i < n; i++) {
    const row = i * d
    for (let j = 0; j < d; j++) x[j] = (X[row + j] as number) - (meanX[j] as number)
    const yi = (y[i] as number) - meanY
    for (let j = 0; j < d; j++) {
      const xj = x[j] as number
      const at = j * d
      for (let l = j; l < d; l++) gram[at + l] = (gram[at + l] as number) + xj * (x[l] as number)
      cross[j] = (cross[j] as number) + xj * yi
    }
  }
  for (let j = 0; j < d; j++)
    for (let l = 0; l < j; l++) gram[j * d + l] = gram[l * d + j] as number
  const w = solveSymmetric(gram, cross, d)
  for (let step = 0; step < refinements; step++) {
    // Xᵀ(y − Xw) on the centred data: the gradient the current w leaves.
    const g = new Float64Array(d)
    for (let i = 0; i < n; i++) {
      const row = i * d
      let r = (y[i] as number) - meanY
      for (let j = 0; j < d; j++)
        r -= ((X[row + j] as number) - (meanX[j] as number)) * (w[j] as number)
      for (let j = 0; j < d; j++)
        g[j] = (g[j] as number) + ((X[row + j] as number) - (meanX[j] as number)) * r
    }
    const delta = solveSymmetric(gram, g, d)
    for (let j = 0; j < d; j++) w[j] = (w[j] as number) + (delta[j] as number)
  }
  let b = meanY
  for (let j = 0; j < d; j++) b -= (meanX[j] as number) * (w[j] as number)
  return { w, b }
}
