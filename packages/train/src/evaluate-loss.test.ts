import { squaredLoss } from '@d2l-ts/losses'
import { type Module, tensor2d, ValueError } from '@d2l-ts/tensor'
import { expect, it } from 'vitest'
import { evaluateLoss } from './index.js'

it('weights each batch’s mean loss by its size', () => {
  const identity: Module = { parameters: () => [], forward: (x) => x }
  // predictions = inputs; errors 1 | 0, 2, 2 → ½e²: 0.5 | 0, 2, 2 → overall mean 4.5 / 4
  const batches = [
    [tensor2d([[1]]), tensor2d([[0]])],
    [tensor2d([[1], [2], [3]]), tensor2d([[1], [0], [1]])],
  ]
  expect(evaluateLoss(identity, batches, squaredLoss)).toBeCloseTo(4.5 / 4, 6)
})

it('refuses data without examples', () => {
  expect(() => evaluateLoss({ parameters: () => [], forward: (x) => x }, [], squaredLoss)).toThrow(
    ValueError,
  )
})
