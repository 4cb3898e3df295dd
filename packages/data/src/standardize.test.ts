import { memory, ShapeError, tensor1d, tensor2d, ValueError } from '@d2l-ts/tensor'
import { describe, expect, it } from 'vitest'
import { standardize } from './index.js'

function expectMatrixClose(actual: number[][], expected: number[][], digits = 5): void {
  expect(actual.length).toBe(expected.length)
  actual.forEach((row, i) => {
    row.forEach((v, j) => {
      expect(v).toBeCloseTo(expected[i]![j]!, digits)
    })
  })
}

describe('standardize', () => {
  it('matches hand-computed means and population standard deviations', () => {
    // columns [1, 3, 5] and [2, 6, 10]: means 3 and 6, variances 8/3 and 32/3 (divide by n = 3)
    const result = standardize(
      tensor2d([
        [1, 2],
        [3, 6],
        [5, 10],
      ]),
    )
    expect(result.mean).toEqual([3, 6])
    expect(result.std[0]).toBeCloseTo(Math.sqrt(8 / 3), 12)
    expect(result.std[1]).toBeCloseTo(Math.sqrt(32 / 3), 12)
    expect(result.constantColumns).toEqual([])
    const z = Math.sqrt(3 / 2) // 2 / sqrt(8/3)
    expectMatrixClose(result.X.arraySync(), [
      [-z, -z],
      [0, 0],
      [z, z],
    ])
  })

  it('centres a constant column without scaling it, and inverse restores it exactly', () => {
    const X = tensor2d([
      [1, 7.3],
      [2, 7.3],
      [4, 7.3],
    ])
    const { X: Z, mean, std, constantColumns, inverse, transform } = standardize(X)
    expect(constantColumns).toEqual([1])
    expect(std[1]).toBe(0)
    expect(mean[1]).toBe(Math.fround(7.3))
    expect(Z.arraySync().map((row) => row[1])).toEqual([0, 0, 0])
    expect(Array.from(Z.dataSync()).every(Number.isFinite)).toBe(true)
    expect(
      inverse(Z)
        .arraySync()
        .map((row) => row[1]),
    ).toEqual([Math.fround(7.3), Math.fround(7.3), Math.fround(7.3)])
    // new data in a constant column is shifted by the constant, not divided by 0
    expect(transform(tensor2d([[1, 8.3]])).arraySync()[0]![1]).toBeCloseTo(1, 5)
  })

  it('applies the training statistics to new data, and inverts them', () => {
    const { transform, inverse } = standardize(
      tensor2d([
        [0, 100],
        [2, 300],
      ]),
    )
    // mean [1, 200], std [1, 100]
    expectMatrixClose(transform(tensor2d([[3, 0]])).arraySync(), [[2, -2]])
    const original = [
      [10, -5],
      [0.5, 250],
    ]
    expectMatrixClose(inverse(transform(tensor2d(original))).arraySync(), original, 4)
  })

  it('does not change or dispose X, and leaves only its result in memory', () => {
    const X = tensor2d([
      [1, 2],
      [3, 5],
    ])
    const before = memory().numTensors
    const { X: Z, transform } = standardize(X)
    expect(memory().numTensors).toBe(before + 1)
    const again = transform(X)
    expect(memory().numTensors).toBe(before + 2)
    Z.dispose()
    again.dispose()
    expect(memory().numTensors).toBe(before)
    expect(X.arraySync()).toEqual([
      [1, 2],
      [3, 5],
    ])
  })

  it('rejects bad input with typed errors', () => {
    expect(() => standardize(tensor1d([1, 2, 3]))).toThrow(
      'X: expected a tensor of rank 2, received rank 1, shape [3]',
    )
    expect(() => standardize(tensor2d([], [0, 2]))).toThrow(
      'X: expected at least one row and one column, received shape [0, 2]',
    )
    expect(() =>
      standardize(
        tensor2d([
          [1, 2],
          [Number.POSITIVE_INFINITY, 3],
        ]),
      ),
    ).toThrow('X: expected finite numbers, received Infinity at [1, 0]')
    const { transform, inverse } = standardize(tensor2d([[1, 2]]))
    expect(() => transform(tensor2d([[1, 2, 3]]))).toThrow(
      new ShapeError({ argument: 'newX', expected: '[n, 2]', received: '[1, 3]' }),
    )
    expect(() => transform(tensor2d([[Number.NaN, 1]]))).toThrow(ValueError)
    expect(() => inverse(tensor1d([1, 2]))).toThrow(ShapeError)
  })
})
