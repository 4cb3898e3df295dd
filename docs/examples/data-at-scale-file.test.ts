import { beforeAll, expect, it } from 'vitest'
import { numbers, textOf } from './test-support/outputs.js'
import {
  itWritesTheSensorReadings,
  referenceMoments,
  sensorReadings,
  TRUTH,
} from './test-support/sensor-readings.js'
import { describeWithTwin } from './test-support/twins.js'

const COLUMNS = ['temperature', 'pressure', 'humidity', 'output']

/** The printed means and covariance matrix (4 × 4), read back from the cell's text. */
function printedMoments(text: string) {
  const means = numbers(/^means: \[(.*)\]$/m.exec(text)?.[1] ?? '')
  const covariances = COLUMNS.map((name) =>
    numbers(new RegExp(`^ {2}${name} +\\[(.*)\\]$`, 'm').exec(text)?.[1] ?? ''),
  )
  return { means, covariances }
}

let rows: number[][]
beforeAll(async () => {
  rows = await sensorReadings()
})

itWritesTheSensorReadings('data-at-scale-file')

describeWithTwin('data-at-scale-file', (run) => {
  const text = textOf(run)

  it('opens the file with DuckDB and counts the rows the SQL drew', () => {
    expect(text).toContain(`engine: duckdb, rows: ${TRUTH.N}`)
    expect(rows).toHaveLength(TRUTH.N)
    for (const name of COLUMNS) expect(text).toContain(`column ${name}: DOUBLE`)
    expect(text).toMatch(new RegExp(`^n: ${TRUTH.N}$`, 'm'))
  })

  it('prints the means and covariances of the rows, as a plain float64 two-pass computes them', () => {
    const { means, products } = referenceMoments(rows)
    const printed = printedMoments(text)
    // Printed with 4 decimals: within half a unit of the last digit, plus round-off.
    for (const [j, mean] of means.entries()) {
      expect(Math.abs((printed.means[j] as number) - mean)).toBeLessThan(5.1e-5)
    }
    for (const [i, row] of products.entries()) {
      for (const [j, product] of row.entries()) {
        const shown = (printed.covariances[i] as number[])[j] as number
        expect(Math.abs(shown - product / rows.length)).toBeLessThan(5.1e-5)
      }
    }
  })

  it('prints what the generating rule predicts, within five standard errors', () => {
    const { W, SIGMA, N } = TRUTH
    const { means, covariances } = printedMoments(text)
    // Readings ~ U(−1, 1): mean 0, variance 1/3; output: mean 4.2, variance Σ w²/3 + σ².
    const varOutput = W.reduce((s, w) => s + (w * w) / 3, 0) + SIGMA ** 2
    const trueMeans = [0, 0, 0, TRUTH.B]
    const trueCov = COLUMNS.map((_, i) =>
      COLUMNS.map((_, j) => {
        if (i === 3 && j === 3) return varOutput
        if (i === 3 || j === 3) return (W[i === 3 ? j : i] as number) / 3
        return i === j ? 1 / 3 : 0
      }),
    )
    // Standard errors: of a mean, sqrt(var / n); of a covariance, sqrt(Var[(u − ū)(v − v̄)] / n), and
    // Var[(u − ū)(v − v̄)] ≤ E[(u − ū)²(v − v̄)²] ≤ sqrt(E(u − ū)⁴ · E(v − v̄)⁴) ≤ 3 var(u) var(v)
    // (Cauchy–Schwarz; every column here has kurtosis at most 3: uniform readings, and an output
    // that is a sum of uniforms and normal noise).
    const variances = trueCov.map((row, i) => row[i] as number)
    for (const [j, mean] of means.entries()) {
      const se = Math.sqrt((variances[j] as number) / N)
      expect(Math.abs(mean - (trueMeans[j] as number))).toBeLessThan(5 * se)
    }
    for (const [i, row] of covariances.entries()) {
      for (const [j, value] of row.entries()) {
        const se = Math.sqrt((3 * (variances[i] as number) * (variances[j] as number)) / N)
        expect(Math.abs(value - ((trueCov[i] as number[])[j] as number))).toBeLessThan(5 * se)
      }
    }
  })
})
