import { grad, tensor1d } from '@d2l-ts/tensor'
import { describe, expect, it } from 'vitest'
import { huberLoss } from './index.js'

describe('huberLoss', () => {
  it('is ½e² inside δ and δ(|e| − ½δ) outside, by hand', () => {
    const zeros = tensor1d([0, 0, 0])
    const values = huberLoss(tensor1d([0.5, -3, 2]), zeros, { delta: 1, reduction: 'none' })
    expect(Array.from(values.dataSync())).toEqual([0.125, 2.5, 1.5])
    const wide = huberLoss(tensor1d([0.5, -3, 2]), zeros, { delta: 2, reduction: 'none' })
    expect(Array.from(wide.dataSync())).toEqual([0.125, 4, 2])
  })

  it('is continuous with a continuous slope at |e| = δ', () => {
    const zero = tensor1d([0])
    const below = huberLoss(tensor1d([0.9999]), zero).dataSync()[0]!
    const above = huberLoss(tensor1d([1.0001]), zero).dataSync()[0]!
    expect(Math.abs(above - below)).toBeLessThan(3e-4)
    const slope = (e: number) => grad((p) => huberLoss(p, zero))(tensor1d([e])).dataSync()[0]!
    expect(slope(0.9999)).toBeCloseTo(1, 3)
    expect(slope(1.0001)).toBeCloseTo(1, 3)
    expect(slope(5)).toBe(1)
  })

  it('rejects a non-positive delta', () => {
    expect(() => huberLoss(tensor1d([1]), tensor1d([0]), { delta: 0 })).toThrow(
      'options.delta: expected a finite number > 0, received 0',
    )
  })
})
