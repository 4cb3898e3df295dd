import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fromRecords, standardize } from '@d2l-ts/data'
import { createRng, tensor2d, ValueError } from '@d2l-ts/tensor'
import { describe, expect, it } from 'vitest'
import { LinearRegression } from './index.js'

// The Auto MPG data as the vega-datasets package ships it (its exports map hides the data folder).
const vegaEntry = createRequire(import.meta.url).resolve('vega-datasets')
const cars = JSON.parse(readFileSync(join(dirname(vegaEntry), '..', 'data', 'cars.json'), 'utf8'))

/**
 * The independent reference: the normal equations [XᵀX Xᵀ1; 1ᵀX n][w; b] = [Xᵀy; 1ᵀy], formed from
 * the float32 data in float64 and solved by Gaussian elimination with partial pivoting.
 */
function referenceSolve(X: number[][], y: number[]): { w: number[]; b: number } {
  const rows = X.map((r) => [...r.map(Math.fround), 1])
  const labels = y.map(Math.fround)
  const m = rows[0]!.length
  const A = Array.from({ length: m }, (_, i) =>
    Array.from({ length: m + 1 }, (_, j) =>
      j < m
        ? rows.reduce((s, r) => s + r[i]! * r[j]!, 0)
        : rows.reduce((s, r, k) => s + r[i]! * labels[k]!, 0),
    ),
  )
  for (let col = 0; col < m; col++) {
    const pivot = A.reduce(
      (best, _, r) => (r >= col && Math.abs(A[r]![col]!) > Math.abs(A[best]![col]!) ? r : best),
      col,
    )
    ;[A[col], A[pivot]] = [A[pivot]!, A[col]!]
    for (let r = col + 1; r < m; r++) {
      const f = A[r]![col]! / A[col]![col]!
      for (let c = col; c <= m; c++) A[r]![c]! -= f * A[col]![c]!
    }
  }
  const x = new Array<number>(m).fill(0)
  for (let r = m - 1; r >= 0; r--) {
    let s = A[r]![m]!
    for (let c = r + 1; c < m; c++) s -= A[r]![c]! * x[c]!
    x[r] = s / A[r]![r]!
  }
  return { w: x.slice(0, m - 1), b: x[m - 1]! }
}

describe('fitClosedForm', () => {
  it('agrees with an independent float64 solver to 1e-6 relative on well-conditioned data', () => {
    const random = createRng(11)
    const n = 500
    const scales = [1, 10, 0.1, 3, 50]
    const X = Array.from({ length: n }, () => scales.map((s) => s * (random() * 2 - 1) + s))
    const y = X.map((r) => r.reduce((acc, v, j) => acc + v * (j - 2), 0.7) + 0.3 * (random() - 0.5))
    const model = new LinearRegression({ inputs: 5 })
    const { w, b } = model.fitClosedForm(tensor2d(X), tensor2d(y, [n, 1]))
    const reference = referenceSolve(X, y)
    // The model stores float32; compare with float32 rounding in mind, relative to each value.
    reference.w.forEach((expected, j) => {
      expect(Math.abs(w[j]![0]! - expected) / Math.abs(expected)).toBeLessThan(1e-6)
    })
    expect(Math.abs(b[0]! - reference.b) / Math.abs(reference.b)).toBeLessThan(1e-6)
  })

  it('agrees with SGD to 1e-3 on standardized real data (vega-datasets cars: mpg from horsepower and weight)', async () => {
    const { X, y, dropped } = fromRecords(cars, {
      features: ['Horsepower', 'Weight_in_lbs'],
      target: 'Miles_per_Gallon',
      invalid: 'drop',
    })
    expect(dropped).toBeGreaterThan(0)
    const Xs = standardize(X).X
    const ys = standardize(y).X
    const exact = new LinearRegression({ inputs: 2 }).fitClosedForm(Xs, ys)
    const sgd = new LinearRegression({ inputs: 2, seed: 0 })
    await sgd.fit(Xs, ys, { epochs: 300, batchSize: Xs.shape[0], lr: 0.5 })
    const learned = sgd.weights()
    exact.w.forEach((row, j) => {
      expect(Math.abs(learned.w[j]![0]! - row[0]!)).toBeLessThan(1e-3)
    })
    expect(Math.abs(learned.b[0]! - exact.b[0]!)).toBeLessThan(1e-3)
  })

  it('names a duplicated column instead of returning garbage', () => {
    const X = tensor2d([
      [1, 5, 1],
      [2, 3, 2],
      [3, 8, 3],
      [4, 1, 4],
      [5, 2, 5],
    ])
    const model = new LinearRegression({ inputs: 3, seed: 0 })
    const before = model.weights()
    expect(() => model.fitClosedForm(X, tensor2d([[1], [2], [3], [4], [6]]))).toThrow(ValueError)
    expect(() => model.fitClosedForm(X, tensor2d([[1], [2], [3], [4], [6]]))).toThrow(
      /X: expected linearly independent columns for the closed-form solution, received column (2 is a linear combination of column 0|0 is a linear combination of column 2)\. Remove the column, or pass \{ ridge: λ \}/,
    )
    expect(model.weights()).toEqual(before)
  })

  it('names a constant column', () => {
    const model = new LinearRegression({ inputs: 2 })
    expect(() =>
      model.fitClosedForm(
        tensor2d([
          [1, 7],
          [2, 7],
          [3, 7],
        ]),
        tensor2d([[1], [2], [4]]),
      ),
    ).toThrow('received column 1 is constant, which the bias already models')
  })

  it('with ridge > 0 solves even dependent columns', () => {
    const model = new LinearRegression({ inputs: 2 })
    const { w } = model.fitClosedForm(
      tensor2d([
        [1, 1],
        [2, 2],
        [3, 3],
      ]),
      tensor2d([[2], [4], [6]]),
      { ridge: 1e-3 },
    )
    expect(w[0]![0]!).toBeCloseTo(w[1]![0]!, 5)
  })

  it('refuses too few rows and a negative ridge', () => {
    const model = new LinearRegression({ inputs: 2 })
    expect(() =>
      model.fitClosedForm(
        tensor2d([
          [1, 2],
          [3, 4],
        ]),
        tensor2d([[1], [2]]),
      ),
    ).toThrow(
      'X: expected at least 3 rows (inputs + 1) for a unique solution, or options.ridge > 0, received 2 rows',
    )
    expect(() => model.fitClosedForm(tensor2d([[1, 2]]), tensor2d([[1]]), { ridge: -1 })).toThrow(
      'options.ridge: expected a finite number >= 0, received -1',
    )
  })
})
