import { describe, expect, it } from 'vitest'
import { mergeR, QrAccumulator } from './index.js'
import { normalSampler } from './test-support/regression-problem.js'

/** The Gram matrix RᵀR of a p × p row-major R. */
function gramOfR(R: Float64Array, p: number): number[][] {
  return Array.from({ length: p }, (_, a) =>
    Array.from({ length: p }, (_, b) => {
      let s = 0
      for (let k = 0; k < p; k++) s += R[k * p + a]! * R[k * p + b]!
      return s
    }),
  )
}

/** AᵀA summed row by row: the definition, an independent truth for RᵀR. */
function gramOfRows(rows: number[][], p: number): number[][] {
  return Array.from({ length: p }, (_, a) =>
    Array.from({ length: p }, (_, b) => rows.reduce((s, r) => s + r[a]! * r[b]!, 0)),
  )
}

describe('mergeR and QrAccumulator (TSQR)', () => {
  it('merges the rows [3] and [4] into R = ±5', () => {
    expect(Math.abs(mergeR(Float64Array.of(3), Float64Array.of(4), 1)[0]!)).toBe(5)
  })

  it('gives an upper triangular R with RᵀR = AᵀA, block by block as for the whole', () => {
    const normal = normalSampler(3)
    const p = 4
    const rows = Array.from({ length: 103 }, () =>
      Array.from({ length: p }, () => 10 * normal() + 3),
    )
    const accumulator = new QrAccumulator(p)
    for (let start = 0; start < rows.length; start += 25) {
      accumulator.add(Float64Array.from(rows.slice(start, start + 25).flat()))
    }
    const R = accumulator.R()
    for (let i = 1; i < p; i++) for (let j = 0; j < i; j++) expect(R[i * p + j]).toBe(0)
    const expected = gramOfRows(rows, p)
    const actual = gramOfR(R, p)
    for (let a = 0; a < p; a++)
      for (let b = 0; b < p; b++)
        expect(Math.abs(actual[a]![b]! - expected[a]![b]!)).toBeLessThan(1e-9 * expected[a]![a]!)
    expect(accumulator.rowCount).toBe(103)
  })

  it('merges accumulators built on different rows as if they were one', () => {
    const normal = normalSampler(4)
    const p = 3
    const rows = Array.from({ length: 60 }, () => Array.from({ length: p }, () => normal()))
    const left = new QrAccumulator(p)
    const right = new QrAccumulator(p)
    left.add(Float64Array.from(rows.slice(0, 31).flat()))
    right.add(Float64Array.from(rows.slice(31).flat()))
    left.merge(right)
    const whole = new QrAccumulator(p)
    whole.add(Float64Array.from(rows.flat()))
    // R is unique up to the sign of each row.
    const [a, b] = [left.R(), whole.R()]
    for (let i = 0; i < p; i++)
      for (let j = i; j < p; j++)
        expect(Math.abs(a[i * p + j]!)).toBeCloseTo(Math.abs(b[i * p + j]!), 12)
    expect(left.rowCount).toBe(60)
  })

  it('solves least squares from R when the response is the last column', () => {
    // y = 1 + 2x exactly on x = 0..4: R of [1, x, y] gives R₁₁·β = r₁₂ with β = [1, 2], residual 0.
    const accumulator = new QrAccumulator(3)
    accumulator.add(Float64Array.from([0, 1, 2, 3, 4].flatMap((x) => [1, x, 1 + 2 * x])))
    const R = accumulator.R()
    const slope = R[1 * 3 + 2]! / R[1 * 3 + 1]!
    const intercept = (R[0 * 3 + 2]! - R[0 * 3 + 1]! * slope) / R[0]!
    expect(slope).toBeCloseTo(2, 14)
    expect(intercept).toBeCloseTo(1, 14)
    expect(Math.abs(R[8]!)).toBeLessThan(1e-13)
  })
})
