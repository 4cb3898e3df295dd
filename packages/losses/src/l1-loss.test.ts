import { grad, tensor1d } from '@d2l-ts/tensor'
import { describe, expect, it } from 'vitest'
import { l1Loss } from './index.js'

describe('l1Loss', () => {
  it('is |ŷ − y|, with the sign of the error as gradient', () => {
    const y = tensor1d([2, 2, 1])
    expect(Array.from(l1Loss(tensor1d([1, 4, -2]), y, { reduction: 'none' }).dataSync())).toEqual([
      1, 2, 3,
    ])
    expect(l1Loss(tensor1d([1, 4, -2]), y).dataSync()[0]).toBe(2)
    const g = grad((p) => l1Loss(p, y, { reduction: 'sum' }))(tensor1d([1, 4, -2]))
    expect(Array.from(g.dataSync())).toEqual([-1, 1, -1])
  })
})
