import { grad, tensor1d, tensor2d, ValueError } from '@d2l-ts/tensor'
import { describe, expect, it } from 'vitest'
import { mseLoss, type Reduction } from './index.js'

describe('mseLoss', () => {
  const yHat = tensor2d([[1], [4], [-2]])
  const y = tensor1d([2, 2, 1])

  it('is (ŷ − y)² without the ½, reduced as asked', () => {
    // errors −1, 2, −3 → squares 1, 4, 9
    expect(Array.from(mseLoss(yHat, y, { reduction: 'none' }).dataSync())).toEqual([1, 4, 9])
    expect(mseLoss(yHat, y, { reduction: 'sum' }).dataSync()[0]).toBe(14)
    expect(mseLoss(yHat, y).dataSync()[0]).toBeCloseTo(14 / 3, 6)
  })

  it('has twice the gradient of the squared loss: 2(ŷ − y)/n', () => {
    const g = grad((p) => mseLoss(p, y))(tensor1d([1, 4, -2]))
    Array.from(g.dataSync()).forEach((v, i) => {
      expect(v).toBeCloseTo((2 * [-1, 2, -3][i]!) / 3, 6)
    })
  })

  it('rejects an unknown reduction by name', () => {
    expect(() => mseLoss(yHat, y, { reduction: 'avg' as Reduction })).toThrow(ValueError)
    expect(() => mseLoss(yHat, y, { reduction: 'avg' as Reduction })).toThrow(
      `options.reduction: expected 'mean', 'sum' or 'none', received "avg"`,
    )
  })
})
