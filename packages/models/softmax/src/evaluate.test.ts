import { memory, ShapeError, tensor1d, tensor2d, ValueError } from '@d2l-ts/tensor'
import { describe, expect, it } from 'vitest'
import { evaluate, SoftmaxRegression } from './index.js'

describe('evaluate', () => {
  // W = I and b = 0: the logits are the inputs themselves.
  const model = new SoftmaxRegression({ inputs: 2, classes: 2, initStd: 0 })
  model.W.assign(
    tensor2d([
      [1, 0],
      [0, 1],
    ]),
  )
  const X = tensor2d([
    [2, 0],
    [0, 1],
    [3, 3],
  ])
  const y = tensor1d([0, 0, 1], 'int32')
  // By hand: losses log(1 + e^−2), log(1 + e^1), log 2; the first and the last (a tie, argmax 0) …
  const losses = [Math.log(1 + Math.exp(-2)), Math.log(1 + Math.exp(1)), Math.log(2)]

  it('gives the mean cross-entropy and the accuracy, whatever the batch size', () => {
    for (const batchSize of [1, 2, 256]) {
      const result = evaluate(model, X, y, { batchSize })
      expect(result.examples).toBe(3)
      expect(result.loss).toBeCloseTo(losses.reduce((a, b) => a + b, 0) / 3, 6)
      // … the first is right; [0, 1] is predicted as class 1; the tie [3, 3] goes to class 0.
      expect(result.accuracy).toBe(1 / 3)
    }
  })

  it('leaves memory where it started', () => {
    const before = memory().numTensors
    evaluate(model, X, y, { batchSize: 2 })
    expect(memory().numTensors).toBe(before)
  })

  it('refuses bad labels, no data and a bad batch size', () => {
    expect(() => evaluate(model, X, tensor1d([0, 1], 'int32'))).toThrow(ShapeError)
    expect(() => evaluate(model, X, tensor1d([0, 2, 1], 'int32'))).toThrow(
      'y: expected class indices: whole numbers in [0, 2), received 2 at [1]',
    )
    expect(() => evaluate(model, tensor2d([], [0, 2]), tensor1d([], 'int32'))).toThrow(
      'X: expected at least one example, received none',
    )
    expect(() => evaluate(model, X, y, { batchSize: 0 })).toThrow(ValueError)
  })
})
