import { syntheticData } from '@d2l-ts/data'
import { beforeAll, describe, expect, it } from 'vitest'
import { recordedRun } from '../scripts/example-runner.js'
import { listAfter, numberAfter, textOf } from './test-support/outputs.js'
import { itHasAChineseTwin } from './test-support/twins.js'

const TRUE_W = [2, -3.4]
const TRUE_B = 4.2

/** Least squares with an intercept, from the normal equations in float64 (Gaussian elimination). */
function leastSquares(X: number[][], y: number[]): number[] {
  const rows = X.map((row) => [...row, 1])
  const p = (rows[0] as number[]).length
  const A = Array.from({ length: p }, (_, i) =>
    Array.from({ length: p + 1 }, (_, j) =>
      rows.reduce(
        (s, r, k) => s + (r[i] as number) * (j < p ? (r[j] as number) : (y[k] as number)),
        0,
      ),
    ),
  )
  for (let c = 0; c < p; c++) {
    const pivot = A[c] as number[]
    for (let r = c + 1; r < p; r++) {
      const row = A[r] as number[]
      const f = (row[c] as number) / (pivot[c] as number)
      for (let j = c; j <= p; j++) row[j] = (row[j] as number) - f * (pivot[j] as number)
    }
  }
  const x = new Array<number>(p).fill(0)
  for (let r = p - 1; r >= 0; r--) {
    const row = A[r] as number[]
    let s = row[p] as number
    for (let j = r + 1; j < p; j++) s -= (row[j] as number) * (x[j] as number)
    x[r] = s / (row[r] as number)
  }
  return x
}

describe('closed-form', () => {
  let text: string
  beforeAll(() => {
    text = textOf(recordedRun('closed-form'))
  })

  it('lands within 1e-3 of the true w and b', () => {
    const w = listAfter(text, 'w')
    expect(w).toHaveLength(2)
    for (const [i, v] of w.entries()) {
      expect(Math.abs(v - (TRUE_W[i] as number))).toBeLessThan(1e-3)
    }
    expect(Math.abs(numberAfter(text, 'b') - TRUE_B)).toBeLessThan(1e-3)
  })

  it('agrees with an independent float64 solve of the same data', () => {
    // The cell's data, regenerated from its seed; solved here without the model package.
    const { X, y } = syntheticData(TRUE_W, TRUE_B, 1000, { noiseStd: 0.01, seed: 0 })
    const [w1, w2, b] = leastSquares(X.arraySync(), Array.from(y.dataSync()))
    const printed = [...listAfter(text, 'w'), numberAfter(text, 'b')]
    for (const [i, v] of [w1, w2, b].entries()) {
      expect(Math.abs((printed[i] as number) - (v as number))).toBeLessThan(2e-5)
    }
  })

  it('prints the errors as truth minus estimate', () => {
    const w = listAfter(text, 'w')
    for (const [i, e] of listAfter(text, 'w error').entries()) {
      expect(e).toBeCloseTo((TRUE_W[i] as number) - (w[i] as number), 4)
    }
    expect(numberAfter(text, 'b error')).toBeCloseTo(TRUE_B - numberAfter(text, 'b'), 4)
  })
})

itHasAChineseTwin('closed-form')
