import { grad, ShapeError, sum, tensor1d, tensor2d } from '@d2l-ts/tensor'
import { describe, expect, it } from 'vitest'
import { squaredLoss } from './index.js'

describe('squaredLoss', () => {
  it('is ½(ŷ − y)² per example, by hand', () => {
    const loss = squaredLoss(tensor2d([[1], [4], [-2]]), tensor2d([[2], [2], [1]]))
    expect(loss.shape).toEqual([3, 1])
    expect(Array.from(loss.dataSync())).toEqual([0.5, 2, 4.5])
  })

  it('reshapes [n] labels to [n, 1] predictions instead of broadcasting to [n, n]', () => {
    const loss = squaredLoss(tensor2d([[1], [4], [-2]]), tensor1d([2, 2, 1]))
    expect(loss.shape).toEqual([3, 1])
    expect(Array.from(loss.dataSync())).toEqual([0.5, 2, 4.5])
  })

  it('rejects labels that are not one per prediction', () => {
    expect(() => squaredLoss(tensor2d([[1], [2]]), tensor1d([1, 2, 3]))).toThrow(ShapeError)
    expect(() => squaredLoss(tensor2d([[1], [2]]), tensor1d([1, 2, 3]))).toThrow(
      'y: expected 2 labels, one per prediction (yHat is [2, 1]), received shape [3]',
    )
  })

  it('has gradient ŷ − y with respect to the predictions (the ½ cancels)', () => {
    const y = tensor1d([2, 2, 1])
    const g = grad((yHat) => sum(squaredLoss(yHat, y)))(tensor1d([1, 4, -2]))
    expect(Array.from(g.dataSync())).toEqual([-1, 2, -3])
  })
})
