import { describe, expect, it } from 'vitest'
import { RankDeficientError } from './gram-factor.js'
import { leastSquares, type Matrix } from './least-squares.js'

const matrix = (rows: number[][]): Matrix => ({
  rows: rows.length,
  cols: rows[0]?.length ?? 0,
  data: Float64Array.from(rows.flat()),
})

describe('leastSquares', () => {
  it('recovers an exact affine relation', () => {
    const X = [
      [1, 2],
      [2, -1],
      [3, 5],
      [-4, 0.5],
    ]
    const y = X.map(([a = 0, b = 0]) => [2 * a - 3.4 * b + 4.2])
    const { coefficients, intercept } = leastSquares(matrix(X), matrix(y))
    expect(coefficients[0]).toBeCloseTo(2, 12)
    expect(coefficients[1]).toBeCloseTo(-3.4, 12)
    expect(intercept[0]).toBeCloseTo(4.2, 12)
  })

  it('fits a line by the textbook formulas: slope = cov(x, y)/var(x), intercept = ȳ − slope·x̄', () => {
    const x = [0, 1, 2, 3, 4]
    const y = [1.1, 2.9, 5.2, 6.8, 9.1]
    const mx = 2
    const my = y.reduce((a, b) => a + b) / 5
    const slope =
      x.reduce((s, xi, i) => s + (xi - mx) * (y[i]! - my), 0) /
      x.reduce((s, xi) => s + (xi - mx) ** 2, 0)
    const { coefficients, intercept } = leastSquares(
      matrix(x.map((v) => [v])),
      matrix(y.map((v) => [v])),
    )
    expect(coefficients[0]).toBeCloseTo(slope, 12)
    expect(intercept[0]).toBeCloseTo(my - slope * mx, 12)
  })

  it('with ridge λ matches (XcᵀXc + λI)⁻¹Xcᵀyc for one feature: Σxy / (Σx² + λ)', () => {
    const x = [-2, -1, 0, 1, 2] // centred already
    const y = [-3, -1, 0, 2, 2] // centred already (sum 0)
    const sxy = x.reduce((s, xi, i) => s + xi * y[i]!, 0)
    const { coefficients, intercept } = leastSquares(
      matrix(x.map((v) => [v])),
      matrix(y.map((v) => [v])),
      { ridge: 5 },
    )
    expect(coefficients[0]).toBeCloseTo(sxy / (10 + 5), 12)
    expect(intercept[0]).toBeCloseTo(0, 12)
  })

  it('names a duplicated column and the column it repeats', () => {
    const X = [
      [1, 5, 1],
      [2, 3, 2],
      [3, 8, 3],
      [4, 1, 4],
    ]
    const y = [[1], [2], [3], [5]]
    try {
      leastSquares(matrix(X), matrix(y))
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(RankDeficientError)
      const { column, combinationOf } = (error as RankDeficientError).deficiency
      expect([column, ...combinationOf].sort()).toEqual([0, 2])
    }
  })

  it('names a column that is a combination of two others', () => {
    const X = [
      [1, 0, 1],
      [0, 1, 1],
      [2, 1, 3],
      [1, 3, 4],
      [5, 2, 7],
    ]
    try {
      leastSquares(matrix(X), matrix(X.map(() => [1])))
      expect.unreachable()
    } catch (error) {
      const { column, combinationOf } = (error as RankDeficientError).deficiency
      expect([column, ...combinationOf].sort()).toEqual([0, 1, 2])
    }
  })

  it('calls a constant column dependent on the intercept', () => {
    const X = [
      [1, 7],
      [2, 7],
      [3, 7],
    ]
    expect(() => leastSquares(matrix(X), matrix([[1], [2], [3]]))).toThrow(RankDeficientError)
    try {
      leastSquares(matrix(X), matrix([[1], [2], [3]]))
    } catch (error) {
      expect((error as RankDeficientError).deficiency).toEqual({ column: 1, combinationOf: [] })
    }
  })

  it('solves a rank-deficient problem once a ridge term is added', () => {
    const X = [
      [1, 1],
      [2, 2],
      [3, 3],
    ]
    const { coefficients } = leastSquares(matrix(X), matrix([[2], [4], [6]]), { ridge: 1e-3 })
    // By symmetry the two equal columns share the weight: each about 1.
    expect(coefficients[0]).toBeCloseTo(coefficients[1]!, 10)
    expect(coefficients[0]! + coefficients[1]!).toBeCloseTo(2, 3)
  })
})
