import {
  div,
  exp,
  grad,
  log,
  memory,
  neg,
  ShapeError,
  sum,
  tensor1d,
  tensor2d,
  ValueError,
} from '@d2l-ts/tensor'
import { describe, expect, it } from 'vitest'
import { crossEntropy, type Reduction } from './index.js'

/** −log softmax(o)_y in float64, by the definition, for logits small enough not to overflow. */
function byDefinition(o: number[], y: number): number {
  const total = o.reduce((s, v) => s + Math.exp(v), 0)
  return -Math.log(Math.exp(o[y] as number) / total)
}

describe('crossEntropy', () => {
  const rows = [
    [2, 0, 0],
    [0.5, -1, 3],
    [-2, 1, 1],
  ]
  const labels = [0, 2, 1]

  it('is −log softmax(o)_y per example, as the definition gives in float64', () => {
    const losses = crossEntropy(tensor2d(rows), tensor1d(labels, 'int32'), { reduction: 'none' })
    expect(losses.shape).toEqual([3])
    Array.from(losses.dataSync()).forEach((v, i) => {
      expect(v).toBeCloseTo(byDefinition(rows[i] as number[], labels[i] as number), 5)
    })
    // By hand for the first row: log(e² + 1 + 1) − 2.
    expect(losses.dataSync()[0]).toBeCloseTo(Math.log(Math.exp(2) + 2) - 2, 6)
  })

  it('reduces to the mean by default, or the sum', () => {
    const expected = labels.map((y, i) => byDefinition(rows[i] as number[], y))
    const total = expected.reduce((a, b) => a + b, 0)
    const y = tensor1d(labels, 'int32')
    expect(crossEntropy(tensor2d(rows), y).dataSync()[0]).toBeCloseTo(total / 3, 5)
    expect(crossEntropy(tensor2d(rows), y, { reduction: 'sum' }).dataSync()[0]).toBeCloseTo(
      total,
      5,
    )
  })

  it('is finite and exact for logits of ±1e4, where the naive softmax-then-log is not', () => {
    const big = tensor2d([
      [1e4, -1e4, 0],
      [-1e4, 1e4, 0],
      [1e4, 1e4, -1e4],
      [0, 0, 0],
    ])
    const y = tensor1d([0, 0, 1, 2], 'int32')
    const losses = Array.from(crossEntropy(big, y, { reduction: 'none' }).dataSync())
    // Row by row, by hand: log Σ exp(o) is max(o) + log(number of maxima), up to e^(−1e4).
    expect(Math.abs(losses[0] as number)).toBe(0)
    expect(losses[1]).toBe(2e4)
    expect(losses[2]).toBeCloseTo(Math.log(2), 6)
    expect(losses[3]).toBeCloseTo(Math.log(3), 6)
    // The naive form of 3.6: exp(1e4) overflows float32 to Infinity, and Infinity / Infinity is NaN.
    const naive = neg(log(div(exp(big), sum(exp(big), 1, true))))
    expect(Array.from(naive.dataSync()).some((v) => !Number.isFinite(v))).toBe(true)
  })

  it('has gradient softmax(o) − onehot(y) with respect to the logits, also at ±1e4', () => {
    const y = tensor1d([0, 2, 1], 'int32')
    const g = grad((o) => crossEntropy(o, y, { reduction: 'sum' }))(tensor2d(rows))
    const gradient = g.arraySync() as number[][]
    rows.forEach((o, i) => {
      const total = o.reduce((s, v) => s + Math.exp(v), 0)
      o.forEach((v, k) => {
        const expected = Math.exp(v) / total - (k === labels[i] ? 1 : 0)
        expect(gradient[i]?.[k]).toBeCloseTo(expected, 5)
      })
    })
    const big = grad((o) => crossEntropy(o, tensor1d([1], 'int32'), { reduction: 'sum' }))(
      tensor2d([[1e4, -1e4, 0]]),
    )
    expect(Array.from(big.dataSync())).toEqual([1, -1, 0])
  })

  it('takes float32 labels holding whole numbers, and [n, 1] columns', () => {
    const expected = crossEntropy(tensor2d(rows), tensor1d(labels, 'int32')).dataSync()[0]
    expect(crossEntropy(tensor2d(rows), tensor1d(labels)).dataSync()[0]).toBe(expected)
    expect(crossEntropy(tensor2d(rows), tensor2d([[0], [2], [1]])).dataSync()[0]).toBe(expected)
  })

  it('leaves memory().numTensors where it started', () => {
    const o = tensor2d(rows)
    const y = tensor1d(labels, 'int32')
    const before = memory().numTensors
    crossEntropy(o, y).dispose()
    expect(memory().numTensors).toBe(before)
  })
})

describe('crossEntropy refuses bad labels and logits, naming them', () => {
  const logits = tensor2d([
    [1, 2, 3],
    [4, 5, 6],
  ])
  const cases: [string, () => unknown, typeof ShapeError | typeof ValueError, string][] = [
    [
      'a label equal to the number of classes',
      () => crossEntropy(logits, tensor1d([0, 3], 'int32')),
      ValueError,
      'labels: expected class indices: whole numbers in [0, 3), as logits has 3 columns, received 3 at [1]',
    ],
    [
      'a negative label',
      () => crossEntropy(logits, tensor1d([-1, 0], 'int32')),
      ValueError,
      'received -1 at [0]',
    ],
    [
      'a fractional label',
      () => crossEntropy(logits, tensor1d([0, 1.5])),
      ValueError,
      'received 1.5 at [1]',
    ],
    [
      'a NaN label',
      () => crossEntropy(logits, tensor1d([Number.NaN, 1])),
      ValueError,
      'NaN at [0]',
    ],
    [
      'one label too many',
      () => crossEntropy(logits, tensor1d([0, 1, 2], 'int32')),
      ShapeError,
      'labels: expected [2]: one class index per row of logits [2, 3], received [3]',
    ],
    [
      'one-hot labels instead of indices',
      () =>
        crossEntropy(
          logits,
          tensor2d([
            [1, 0, 0],
            [0, 1, 0],
          ]),
        ),
      ShapeError,
      'labels: expected [2]: one class index per row of logits [2, 3], received [2, 3]',
    ],
    [
      'boolean labels',
      () => crossEntropy(logits, tensor1d([true, false] as unknown as number[], 'bool')),
      ValueError,
      'labels: expected an int32 or float32 tensor of class indices, received a bool tensor',
    ],
    [
      'logits of rank 1',
      () => crossEntropy(tensor1d([1, 2, 3]), tensor1d([0], 'int32')),
      ShapeError,
      'logits: expected [n, q]: one row of q ≥ 1 class scores per example, received [3]',
    ],
    [
      'an unknown reduction',
      () => crossEntropy(logits, tensor1d([0, 1]), { reduction: 'avg' as Reduction }),
      ValueError,
      "options.reduction: expected 'mean', 'sum' or 'none'",
    ],
  ]
  it.each(cases)('%s', (_, call, type, message) => {
    expect(call).toThrow(type)
    expect(call).toThrow(message)
  })
})
