import { beforeAll, expect, it } from 'vitest'
import { listAfter, numberAfter, textOf } from './test-support/outputs.js'
import {
  itWritesTheSensorReadings,
  referenceFit,
  sensorReadings,
  TRUTH,
} from './test-support/sensor-readings.js'
import { describeWithTwin } from './test-support/twins.js'

let rows: number[][]
beforeAll(async () => {
  rows = await sensorReadings()
})

itWritesTheSensorReadings('data-at-scale-closed-form')

describeWithTwin('data-at-scale-closed-form', (run) => {
  const text = textOf(run)

  it('lands within five standard errors of the true coefficients', () => {
    const { W, B, SIGMA, N } = TRUTH
    // With independent readings of variance 1/3, se(w_j) = σ / sqrt(n/3) and se(b) = σ / sqrt(n).
    const seW = SIGMA / Math.sqrt(N / 3)
    const seB = SIGMA / Math.sqrt(N)
    const w = listAfter(text, 'w')
    expect(w).toHaveLength(3)
    for (const [j, v] of w.entries()) expect(Math.abs(v - (W[j] as number))).toBeLessThan(5 * seW)
    expect(Math.abs(numberAfter(text, 'b') - B)).toBeLessThan(5 * seB)
  })

  it('agrees with a float64 solve of the same rows to the printed digits', () => {
    const reference = referenceFit(rows)
    const w = listAfter(text, 'w')
    // Printed with 5 decimals: half a unit of the last digit, plus round-off.
    for (const [j, v] of w.entries()) {
      expect(Math.abs(v - (reference.w[j] as number))).toBeLessThan(5.1e-6)
    }
    expect(Math.abs(numberAfter(text, 'b') - reference.b)).toBeLessThan(5.1e-6)
  })

  it('prints the summary with the table’s column names, computed by pushdown', () => {
    const terms = text
      .split('\n')
      .map((line) => /^(\(Intercept\)|temperature|pressure|humidity)\s/.exec(line)?.[1])
      .filter((name) => name !== undefined)
    expect(terms).toEqual(['(Intercept)', 'temperature', 'pressure', 'humidity'])
    expect(text).toMatch(/^Residual standard error: [\d.]+ on 99996 degrees of freedom$/m)
    // The residual standard error estimates σ = 0.1.
    const rse = Number(/^Residual standard error: ([\d.]+)/m.exec(text)?.[1])
    expect(Math.abs(rse - TRUTH.SIGMA)).toBeLessThan(0.002)
    expect(text).toMatch(/^method: pushdown$/m)
  })
})
