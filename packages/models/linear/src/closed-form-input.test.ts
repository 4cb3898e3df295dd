import { ShapeError, tensor2d, ValueError } from '@d2l-ts/tensor'
import { describe, expect, it } from 'vitest'
import { LinearRegression } from './index.js'

// y on x by the textbook formulas, in float64: slope = Sxy/Sxx, intercept = ȳ − slope·x̄. Both
// sides round, so they agree to a few units in the last place (2e-15), not to the bit.
const x = [0.1, 0.7, 1.3, 2.9, 3.3]
const y = [1.05, 2.2, 2.91, 6.1, 6.6]
const mx = x.reduce((a, b) => a + b) / x.length
const my = y.reduce((a, b) => a + b) / y.length
const slope =
  x.reduce((s, v, i) => s + (v - mx) * (y[i]! - my), 0) / x.reduce((s, v) => s + (v - mx) ** 2, 0)
const interceptValue = my - slope * mx
const rows = x.map((v) => [v])

describe('fitClosedForm on plain numbers', () => {
  it('returns and keeps the float64 solution, not its float32 rounding', () => {
    const model = new LinearRegression({ inputs: 1 })
    const { w, b } = model.fitClosedForm(rows, y)
    expect(Math.abs(w[0]![0]! - slope) / slope).toBeLessThan(2e-15)
    expect(Math.abs(b[0]! - interceptValue) / interceptValue).toBeLessThan(2e-15)
    expect(w[0]![0]).not.toBe(Math.fround(w[0]![0]!))
    expect(model.weights()).toEqual({ w, b })
    // The variables hold the float32 rounding, for autograd and tensor predictions.
    expect(model.w.dataSync()[0]).toBe(Math.fround(w[0]![0]!))
    expect(model.predict([[2]])[0]![0]).toBe(b[0]! + 2 * w[0]![0]!)
  })

  it('reads a Float64Array with its shape as it reads rows', () => {
    const fromRows = new LinearRegression({ inputs: 1 }).fitClosedForm(rows, y)
    const fromArray = new LinearRegression({ inputs: 1 }).fitClosedForm(
      { data: Float64Array.from(x), shape: [5, 1] },
      { data: Float64Array.from(y), shape: [5, 1] },
    )
    expect(fromArray).toEqual(fromRows)
  })

  it('keeps every bit through toJSON and fromJSON', () => {
    const model = new LinearRegression({ inputs: 1 })
    const weights = model.fitClosedForm(rows, y)
    const copy = LinearRegression.fromJSON(JSON.stringify(model.toJSON()))
    expect(copy.weights()).toEqual(weights)
    expect(copy.predict([[1.5]])).toEqual(model.predict([[1.5]]))
  })

  it('fits through the origin with { intercept: false }: w = Σxy/Σx², b = 0', () => {
    const model = new LinearRegression({ inputs: 1 })
    const { w, b } = model.fitClosedForm(rows, y, { intercept: false })
    const expected = x.reduce((s, v, i) => s + v * y[i]!, 0) / x.reduce((s, v) => s + v * v, 0)
    expect(Math.abs(w[0]![0]! - expected) / expected).toBeLessThan(2e-15)
    expect(b).toEqual([0])
    expect(model.summary().terms!.map((t) => t.name)).toEqual(['x1'])
  })

  it('does not change the caller’s arrays', () => {
    const X = rows.map((r) => [...r])
    const labels = [...y]
    new LinearRegression({ inputs: 1 }).fitClosedForm(X, labels)
    expect(X).toEqual(rows)
    expect(labels).toEqual(y)
  })

  it('solves a tensor’s float32 values as float64 numbers', () => {
    const X32 = rows.map(([v]) => [Math.fround(v!)])
    const y32 = y.map(Math.fround)
    const fromNumbers = new LinearRegression({ inputs: 1 }).fitClosedForm(X32, y32)
    const fromTensor = new LinearRegression({ inputs: 1 }).fitClosedForm(
      tensor2d(rows),
      tensor2d(y, [5, 1]),
    )
    expect(fromTensor).toEqual(fromNumbers)
  })
})

describe('fitClosedForm refuses bad input with a typed error naming the argument', () => {
  const model = new LinearRegression({ inputs: 2 })
  const good = [
    [1, 2],
    [2, 1],
    [3, 5],
    [4, 4],
  ]
  const labels = [1, 2, 3, 4]
  it.each([
    [
      'ragged rows',
      [[1, 2], [3], [4, 5], [6, 7]],
      labels,
      ShapeError,
      'X[1]: expected an array of 2 numbers (one per input), received an array of length 1',
    ],
    [
      'a string',
      [
        [1, 2],
        [3, '4'],
        [4, 5],
        [6, 7],
      ],
      labels,
      ValueError,
      'X[1][1]: expected a finite number, received "4"',
    ],
    [
      'NaN in X',
      [
        [1, 2],
        [3, 4],
        [Number.NaN, 5],
        [6, 7],
      ],
      labels,
      ValueError,
      'X[2][0]: expected a finite number, received NaN',
    ],
    [
      'Infinity in y',
      good,
      [1, 2, Number.POSITIVE_INFINITY, 4],
      ValueError,
      'y[2]: expected a finite number, received Infinity',
    ],
    ['empty data', [], [], ValueError, 'X: expected at least one example, received none'],
    [
      'fewer rows than parameters',
      good.slice(0, 2),
      [1, 2],
      ValueError,
      'X: expected at least 3 rows (inputs + 1) for a unique solution, or options.ridge > 0, received 2 rows',
    ],
    [
      'y of the wrong length',
      good,
      [1, 2, 3],
      ShapeError,
      'y: expected 4 rows of labels, one per row of X, received 3 rows',
    ],
    [
      'something else',
      'a,b\n1,2',
      labels,
      ValueError,
      'X: expected a tensor, an array of rows of 2 numbers, or { data: Float64Array, shape: [rows, 2] }, received "a,b\\n1,2"',
    ],
    [
      'a shape that does not fit',
      { data: new Float64Array(6), shape: [4, 2] },
      labels,
      ShapeError,
      'X.shape: expected [rows, 2] with rows·2 = data.length (6), received [4, 2]',
    ],
  ])('%s', (_, X, yValue, type, message) => {
    const attempt = () => model.fitClosedForm(X as number[][], yValue as number[])
    expect(attempt).toThrow(type)
    expect(attempt).toThrow(message)
  })

  it('refuses feature names that do not fit', () => {
    expect(() => model.fitClosedForm(good, labels, { featureNames: ['a'] })).toThrow(
      'options.featureNames: expected an array of 2 strings, one per input, received an array of length 1',
    )
  })

  it('names a column of zeros in a fit through the origin', () => {
    expect(() =>
      model.fitClosedForm(
        good.map(([a]) => [a!, 0]),
        labels,
        { intercept: false },
      ),
    ).toThrow('received column 1 is all zeros')
  })
})
