import { memory, tensor1d, ValueError, variable } from '@d2l-ts/tensor'
import { describe, expect, it } from 'vitest'
import { SGD } from './index.js'

describe('SGD', () => {
  it('without momentum takes steps of −lr · grad', () => {
    const w = variable(tensor1d([1, -1]))
    const optimizer = new SGD([w], { lr: 0.5 })
    optimizer.step({ [w.name]: tensor1d([2, -4]) })
    expect(Array.from(w.dataSync())).toEqual([0, 1])
  })

  it('with momentum follows v ← μv + g, w ← w − lr·v (hand-computed, three steps)', () => {
    const w = variable(tensor1d([1]))
    const optimizer = new SGD([w], { lr: 0.1, momentum: 0.9 })
    const g = { [w.name]: tensor1d([1]) }
    // v: 1, 1.9, 2.71 → w: 0.9, 0.71, 0.439
    const expected = [0.9, 0.71, 0.439]
    for (const value of expected) {
      optimizer.step(g)
      expect(w.dataSync()[0]).toBeCloseTo(value, 6)
    }
    optimizer.dispose()
  })

  it('adds weightDecay · w to the gradient', () => {
    const w = variable(tensor1d([2]))
    const optimizer = new SGD([w], { lr: 0.1, weightDecay: 0.5 })
    optimizer.step({ [w.name]: tensor1d([1]) }) // g = 1 + 0.5 · 2 = 2 → w = 2 − 0.2
    expect(w.dataSync()[0]).toBeCloseTo(1.8, 6)
  })

  it('leaves parameters without a gradient alone', () => {
    const w = variable(tensor1d([1]))
    const b = variable(tensor1d([5]))
    new SGD([w, b], { lr: 1 }).step({ [w.name]: tensor1d([1]) })
    expect(Array.from(w.dataSync())).toEqual([0])
    expect(Array.from(b.dataSync())).toEqual([5])
  })

  it('keeps the tensor count flat over many steps, momentum buffers aside', () => {
    const w = variable(tensor1d([1, 2]))
    const optimizer = new SGD([w], { lr: 0.01, momentum: 0.5, weightDecay: 0.1 })
    const g = { [w.name]: tensor1d([1, 1]) }
    optimizer.step(g) // creates the velocity
    const before = memory().numTensors
    for (let i = 0; i < 50; i++) optimizer.step(g)
    expect(memory().numTensors).toBe(before)
    optimizer.dispose()
    expect(memory().numTensors).toBe(before - 1)
  })

  it('rejects bad hyperparameters by name', () => {
    const w = variable(tensor1d([1]))
    expect(() => new SGD([w], { lr: -1 })).toThrow('options.lr: expected a finite number > 0')
    expect(() => new SGD([w], { lr: 0.1, momentum: 1 })).toThrow(
      'options.momentum: expected a number in [0, 1), received 1',
    )
    expect(() => new SGD([w], { lr: 0.1, weightDecay: -0.1 })).toThrow(ValueError)
  })
})
