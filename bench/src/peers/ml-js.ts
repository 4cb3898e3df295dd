// Peer: ml.js's MultivariateLinearRegression (normal equations with ml-matrix, inverse by SVD).
import MultivariateLinearRegression from 'ml-regression-multivariate-linear'
import type { ImplementationModule, LinearFit } from '../problem.js'

/**
 * Its documented input is arrays of rows; building them is preparation, not timed. `statistics: false`
 * skips the standard errors it would otherwise compute, so only the coefficients are timed.
 */
export const closedForm: ImplementationModule['closedForm'] = async ({ X, y, n, d }) => {
  const rows: number[][] = []
  const labels: number[][] = []
  for (let i = 0; i < n; i++) {
    rows.push(Array.from(X.subarray(i * d, (i + 1) * d)))
    labels.push([y[i] as number])
  }
  return {
    async run(): Promise<LinearFit> {
      const model = new MultivariateLinearRegression(rows, labels, {
        intercept: true,
        statistics: false,
      })
      const { weights } = model
      return {
        w: Float64Array.from(weights.slice(0, d), (row) => row[0] as number),
        b: (weights[d] as number[])[0] as number,
      }
    },
    dispose() {
      rows.length = 0
      labels.length = 0
    },
  }
}
