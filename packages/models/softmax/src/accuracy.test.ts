import { ShapeError, tensor1d, tensor2d, ValueError } from '@d2l-ts/tensor'
import { describe, expect, it } from 'vitest'
import { accuracy, confusionMatrix } from './index.js'

describe('accuracy and confusionMatrix', () => {
  // Row by row, the highest score is in column 2, 0, 1, 1, 2.
  const yHat = tensor2d([
    [0.1, 0.3, 0.6],
    [0.5, 0.2, 0.3],
    [-1, 4, 0],
    [0, 9, 8],
    [1, 1, 2],
  ])
  const y = tensor1d([2, 2, 1, 0, 2], 'int32')

  it('counts the rows whose highest score is the true class: 3 of 5', () => {
    expect(accuracy(yHat, y)).toBe(3 / 5)
    expect(accuracy(yHat, tensor1d([2, 0, 1, 1, 2]))).toBe(1)
  })

  it('tabulates true class (row) against predicted class (column)', () => {
    expect(confusionMatrix(yHat, y)).toEqual([
      [0, 1, 0], // the flower of class 0 was taken for class 1
      [0, 1, 0],
      [1, 0, 2], // class 2: one taken for class 0, two right
    ])
  })

  it('refuses labels that do not fit the scores', () => {
    expect(() => accuracy(yHat, tensor1d([0, 1, 2], 'int32'))).toThrow(ShapeError)
    expect(() => accuracy(yHat, tensor1d([0, 1, 2, 3, 0], 'int32'))).toThrow(
      'y: expected class indices: whole numbers in [0, 3), received 3 at [3]',
    )
    expect(() => confusionMatrix(tensor1d([1, 2]), tensor1d([0, 1]))).toThrow(
      'yHat: expected a tensor of rank 2',
    )
    expect(() => confusionMatrix(yHat, tensor1d([0, 1, 2, 1, 0.5]))).toThrow(ValueError)
  })
})
