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
 * // (Intercept)   0.9000     0.4950   1.818    0.211
 * // x1            1.9000     0.2646   7.181   0.0188 *
 * // ...
 * ```
 */
export function formatRegression(
  statistics: RegressionStatistics,
  conditionNumber: number,
  note?: string,
): string {
  const { terms, residualStdError, dfResidual, rSquared, adjustedRSquared, fStatistic } = statistics
  const header = ['', 'Estimate', 'Std. Error', 't value', 'Pr(>|t|)', '']
  // As R does, estimates and standard errors share one format, and t values another.
  const numbers = columnFormat([...terms.map((t) => t.estimate), ...terms.map((t) => t.stdError)])
  const tValues = columnFormat(terms.map((t) => t.tValue))
  const rows = terms.map((t, j) => [
    t.name,
    numbers[j] as string,
    numbers[terms.length + j] as string,
    tValues[j] as string,
    pValue(t.pValue),
    stars(t.pValue),
  ])
  const table = [header, ...rows]
  const widths = header.map((_, c) => Math.max(...table.map((r) => (r[c] as string).length)))
  const lines = table.map((r) =>
    r
      .map((cell, c) =>
        // Names and stars align left, numbers right.
        c === 0 || c === header.length - 1
          ? cell.padEnd(widths[c] as number)
          : cell.padStart(widths[c] as number),
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
    ...(note === undefined ? [] : [`Note: ${note}`]),
  ].join('\n')
}

/** Four significant digits, in exponent form when that is shorter or the value is tiny or huge. */
function significant(x: number): string {
  if (!Number.isFinite(x) || x === 0) return String(x)
  const magnitude = Math.abs(x)
  if (magnitude >= 1e5 || magnitude < 1e-4) return x.toExponential(3)
  return x.toPrecision(4)
}

/**
 * A column of numbers in one format, as R's `format(x, digits = 4)`: enough decimals that the
 * smallest nonzero entry shows four significant digits, or exponent form for all when that would
 * need more than 8 decimals or an entry reaches 1e8.
 */
function columnFormat(values: number[]): string[] {
  const finite = values.filter((x) => Number.isFinite(x) && x !== 0).map(Math.abs)
  if (finite.length === 0) return values.map(String)
  const decimals = Math.max(0, ...finite.map((x) => 3 - Math.floor(Math.log10(x))))
  if (decimals > 8 || Math.max(...finite) >= 1e8) {
    return values.map((x) => (Number.isFinite(x) ? x.toExponential(3) : String(x)))
  }
  return values.map((x) => (Number.isFinite(x) ? x.toFixed(decimals) : String(x)))
}

/** As R's format.pval: three significant digits, and below 2.2e-16 (float64's ε) "< 2.2e-16". */
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
