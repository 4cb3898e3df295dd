import {
  matMul,
  memory,
  mul,
  ShapeError,
  square,
  sub,
  sum,
  tensor1d,
  tensor2d,
  ValueError,
  variable,
  variableGrads,
} from '@d2l-ts/tensor'
import { describe, expect, it } from 'vitest'
import { sgd } from './index.js'

describe('sgd (the book’s functional update)', () => {
  it('moves each parameter by −lr · grad / batchSize, by hand', () => {
    const w = variable(tensor1d([1, 1]))
    const b = variable(tensor1d([0]))
    sgd([w, b], [tensor1d([10, -20]), tensor1d([5])], 0.1, 10)
    const [w0, w1] = w.dataSync()
    expect(w0).toBeCloseTo(0.9, 6)
    expect(w1).toBeCloseTo(1.2, 6)
    expect(b.dataSync()[0]).toBeCloseTo(-0.05, 6)
  })

  it('takes gradients keyed by variable name, as variableGrads gives them', () => {
    // One step on L = ½ Σ (Xw − y)² from w = 0: grad = −Xᵀy = −[1·1 + 3·2, 2·1 + 4·2] = [−7, −10]
    const X = tensor2d([
      [1, 2],
      [3, 4],
    ])
    const y = tensor2d([[1], [2]])
    const w = variable(tensor2d([[0], [0]]))
    const { grads } = variableGrads(() => mul(0.5, sum(square(sub(matMul(X, w), y)))), [w])
    sgd([w], grads, 0.5, 2) // w ← 0 − 0.5 · [−7, −10] / 2
    expect(Array.from(w.dataSync())).toEqual([1.75, 2.5])
  })

  it('leaves no tensors behind', () => {
    const w = variable(tensor1d([1, 2, 3]))
    const g = tensor1d([1, 1, 1])
    const before = memory().numTensors
    for (let i = 0; i < 10; i++) sgd([w], [g], 0.1, 1)
    expect(memory().numTensors).toBe(before)
    expect(w.dataSync()[0]).toBeCloseTo(0, 5)
  })

  it('rejects a bad learning rate, batch size or gradient by name', () => {
    const w = variable(tensor1d([1, 2]))
    const g = [tensor1d([1, 1])]
    expect(() => sgd([w], g, 0, 10)).toThrow('lr: expected a finite number > 0, received 0')
    expect(() => sgd([w], g, Number.NaN, 10)).toThrow(ValueError)
    expect(() => sgd([w], g, 0.1, 0)).toThrow('batchSize: expected an integer >= 1, received 0')
    expect(() => sgd([w], [tensor1d([1, 1, 1])], 0.1, 1)).toThrow(ShapeError)
    expect(() => sgd([w], [], 0.1, 1)).toThrow('grads[0]: expected a gradient for parameter')
    expect(Array.from(w.dataSync())).toEqual([1, 2]) // untouched by the failed calls
  })
})
