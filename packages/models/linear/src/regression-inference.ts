import fCdf from '@stdlib/stats-base-dists-f-cdf'
import tCdf from '@stdlib/stats-base-dists-t-cdf'
import tQuantile from '@stdlib/stats-base-dists-t-quantile'
import type { LeastSquaresFit, Matrix } from './least-squares-fit.js'

/** One estimated parameter and its inference under Gaussian noise (3.1.3). */
export interface RegressionTerm {
  /** `(Intercept)`, or the feature's name. */
  name: string
  estimate: number
  /** σ̂·√((AᵀA)⁻¹)ⱼⱼ. */
  stdError: number
  /** estimate / stdError, Student's t with dfResidual degrees of freedom under H₀: parameter = 0. */
  tValue: number
  /** Two-sided P(|T| ≥ |tValue|). */
  pValue: number
  /** estimate ± t₁₋α/₂·stdError at the summary's level. */
  confidenceInterval: [number, number]
}

/** The inference of one output's least-squares fit, as R's `summary.lm` reports it. */
export interface RegressionStatistics {
  /** The intercept (when fitted) first, then one term per input in column order. */
  terms: RegressionTerm[]
  /** 1 − RSS/TSS, with TSS about the mean (or about 0 without an intercept, as R and NIST define it). */
  rSquared: number
  /** 1 − (1 − R²)·(n − i)/dfResidual, i = 1 with an intercept, 0 without. */
  adjustedRSquared: number
  /** σ̂ = √(RSS / dfResidual). */
  residualStdError: number
  /** The overall F test of all slopes being zero. */
  fStatistic: { value: number; numeratorDf: number; denominatorDf: number; pValue: number }
  /** n − parameters. */
  dfResidual: number
  /** Rows used. */
  n: number
  /** The confidence level of the intervals. */
  level: number
}

/** What {@link regressionStatistics} needs besides the fit. */
export interface InferenceSetup {
  /** Rows of the data. */
  n: number
  /** Whether the design has an intercept column. */
  intercept: boolean
  /** Names of X's columns. */
  featureNames: readonly string[]
  /** Total sum of squares per output: about the mean with an intercept, about 0 without. */
  tss: Float64Array
  /** Confidence level, in (0, 1). */
  level: number
}

/**
 * Standard errors, t statistics, p-values, confidence intervals, R² and the F test, one set per
 * output, from a least-squares fit: the maximum-likelihood view of 3.1.3 (y = Xw + b + ε with
 * ε ~ N(0, σ²)), under which the estimate is Gaussian with covariance σ²(AᵀA)⁻¹ and σ̂² follows a
 * scaled χ² with n − p degrees of freedom. The t and F distributions come from stdlib.
 * With no residual degrees of freedom (n = p), σ̂ and everything built on it are NaN, as in R.
 *
 * @example
 * ```ts
 * // Usually reached through LinearRegression.summary() after fitClosedForm.
 * import { LinearRegression } from '@d2l-ts/models-linear'
 * const model = new LinearRegression({ inputs: 1 })
 * model.fitClosedForm([[0], [1], [2], [3]], [1, 3, 4, 7])
 * model.summary().terms?.[1]?.estimate // 1.9
 * ```
 */
export function regressionStatistics(
  fit: LeastSquaresFit,
  { n, intercept, featureNames, tss, level }: InferenceSetup,
): RegressionStatistics[] {
  const d = featureNames.length
  const lead = intercept ? 1 : 0
  const p = d + lead
  const q = fit.intercept.length
  const dfResidual = n - p
  const covariance = fit.covariance()
  const critical = dfResidual > 0 ? tCritical(level, dfResidual) : Number.NaN
  const names = [...(intercept ? ['(Intercept)'] : []), ...featureNames]
  return Array.from({ length: q }, (_, k) => {
    const rss = fit.rss[k] as number
    const sigma = dfResidual > 0 ? Math.sqrt(rss / dfResidual) : Number.NaN
    const estimates = [
      ...(intercept ? [fit.intercept[k] as number] : []),
      ...Array.from({ length: d }, (_, j) => fit.coefficients[j * q + k] as number),
    ]
    const terms = estimates.map((estimate, j): RegressionTerm => {
      const stdError = sigma * Math.sqrt(covariance[j * p + j] as number)
      const tValue = estimate / stdError
      // 2·P(T ≤ −|t|): the lower tail keeps its digits where 1 − P(T ≤ |t|) would round to 0.
      const pValue = dfResidual > 0 ? 2 * tCdf(-Math.abs(tValue), dfResidual) : Number.NaN
      const half = critical * stdError
      return {
        name: names[j] as string,
        estimate,
        stdError,
        tValue,
        pValue,
        confidenceInterval: [estimate - half, estimate + half],
      }
    })
    const total = tss[k] as number
    const rSquared = 1 - rss / total
    const numeratorDf = p - lead
    const value = (total - rss) / numeratorDf / (rss / dfResidual)
    return {
      terms,
      rSquared,
      adjustedRSquared: 1 - ((1 - rSquared) * (n - lead)) / dfResidual,
      residualStdError: sigma,
      fStatistic: {
        value,
        numeratorDf,
        denominatorDf: dfResidual,
        pValue: dfResidual > 0 ? 1 - fCdf(value, numeratorDf, dfResidual) : Number.NaN,
      },
      dfResidual,
      n,
      level,
    }
  })
}

/**
 * The two-sided Student t quantile t₁₋α/₂ with `df` degrees of freedom for a confidence level, as
 * intervals use it.
 *
 * @example
 * ```ts
 * import { tCritical } from './regression-inference.js'
 * tCritical(0.95, 10) // 2.2281388519649…
 * ```
 */
export function tCritical(level: number, df: number): number {
  return tQuantile(1 - (1 - level) / 2, df)
}

/**
 * The total sum of squares of each column of Y, the denominator of R²: about the column's mean
 * when the model has an intercept, about 0 without (as R and NIST define R² for a fit through the
 * origin). Two passes, so the mean's rounding does not cancel the sum.
 *
 * @example
 * ```ts
 * import { totalSumOfSquares } from './regression-inference.js'
 * totalSumOfSquares({ rows: 3, cols: 1, data: Float64Array.of(1, 2, 3) }, true) // Float64Array [2]
 * ```
 */
export function totalSumOfSquares(Y: Matrix, intercept: boolean): Float64Array {
  const { rows: n, cols: q, data } = Y
  const centre = new Float64Array(q)
  if (intercept) {
    for (let i = 0; i < n; i++)
      for (let k = 0; k < q; k++) centre[k] = (centre[k] as number) + (data[i * q + k] as number)
    for (let k = 0; k < q; k++) centre[k] = (centre[k] as number) / n
  }
  const total = new Float64Array(q)
  for (let i = 0; i < n; i++)
    for (let k = 0; k < q; k++)
      total[k] = (total[k] as number) + ((data[i * q + k] as number) - (centre[k] as number)) ** 2
  return total
}
