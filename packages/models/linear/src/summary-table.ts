import type { RegressionStatistics } from './regression-inference.js'

/**
 * One output's statistics as text, laid out like R's `print(summary(lm(...)))`: the coefficient
 * table with significance stars, then the residual standard error, R², and the F test.
 *
 * @example
 * ```ts
 * import { LinearRegression } from '@d2l-ts/models-linear'
 * const model = new LinearRegression({ inputs: 1 })
 * model.fitClosedForm([[0], [1], [2], [3]], [1, 3, 4, 7])
 * console.log(String(model.summary()))
 * // Coefficients:
 * //             Estimate Std. Error t value Pr(>|t|)
 * // (Intercept)   0.9000     0.4583   1.964    0.188
 * // x1            1.9000     0.2449   7.757    0.016 *
 * // ...
 * ```
 */
export function formatRegression(
  statistics: RegressionStatistics,
  conditionNumber: number,
): string {
  const { terms, residualStdError, dfResidual, rSquared, adjustedRSquared, fStatistic } = statistics
  const header = ['', 'Estimate', 'Std. Error', 't value', 'Pr(>|t|)', '']
  const rows = terms.map((t) => [
    t.name,
    significant(t.estimate),
    significant(t.stdError),
    fixed(t.tValue),
    pValue(t.pValue),
    stars(t.pValue),
  ])
  const table = [header, ...rows]
  const widths = header.map((_, c) => Math.max(...table.map((r) => (r[c] as string).length)))
  const lines = table.map((r) =>
    r
      .map((cell, c) =>
        c === 0 ? cell.padEnd(widths[c] as number) : cell.padStart(widths[c] as number),
      )
      .join(' ')
      .trimEnd(),
  )
  const slopes = fStatistic.numeratorDf
  return [
    'Coefficients:',
    ...lines,
    '---',
    "Signif. codes:  0 '***' 0.001 '**' 0.01 '*' 0.05 '.' 0.1 ' ' 1",
    '',
    `Residual standard error: ${significant(residualStdError)} on ${dfResidual} degrees of freedom`,
    `Multiple R-squared:  ${significant(rSquared)},\tAdjusted R-squared:  ${significant(adjustedRSquared)}`,
    `F-statistic: ${significant(fStatistic.value)} on ${slopes} and ${fStatistic.denominatorDf} DF,  p-value: ${pValue(fStatistic.pValue)}`,
    `Condition number (columns scaled to unit length): ${significant(conditionNumber)}`,
  ].join('\n')
}

/** Four significant digits, in exponent form when that is shorter or the value is tiny or huge. */
function significant(x: number): string {
  if (!Number.isFinite(x) || x === 0) return String(x)
  const magnitude = Math.abs(x)
  if (magnitude >= 1e5 || magnitude < 1e-4) return x.toExponential(3)
  return x.toPrecision(4)
}

function fixed(x: number): string {
  if (!Number.isFinite(x)) return String(x)
  return Math.abs(x) >= 1e5 ? x.toExponential(3) : x.toFixed(3)
}

/** R's format.pval at its defaults: below 2.2e-16 (float64's ε) a p-value prints as "< 2.2e-16". */
function pValue(p: number): string {
  if (Number.isNaN(p)) return 'NaN'
  if (p < 2.2e-16) return '< 2.2e-16'
  return p < 1e-4 ? p.toExponential(2) : p.toPrecision(3)
}

function stars(p: number): string {
  if (!(p <= 1)) return ''
  if (p < 0.001) return '***'
  if (p < 0.01) return '**'
  if (p < 0.05) return '*'
  if (p < 0.1) return '.'
  return ''
}
