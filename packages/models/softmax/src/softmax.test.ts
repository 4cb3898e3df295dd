import { ShapeError, tensor1d, tensor2d, tensor3d, softmax as tfSoftmax } from '@d2l-ts/tensor'
import { describe, expect, it } from 'vitest'
import { softmax } from './index.js'

describe('softmax', () => {
  it('is exp(o_j) / Σ exp(o_k) row by row, as float64 arithmetic gives', () => {
    const rows = [
      [1, 2, 3],
      [0, 0, 0],
      [-1, 0.5, 4],
    ]
    const P = softmax(tensor2d(rows)).arraySync() as number[][]
    rows.forEach((o, i) => {
      const total = o.reduce((s, v) => s + Math.exp(v), 0)
      o.forEach((v, j) => {
        expect(P[i]?.[j]).toBeCloseTo(Math.exp(v) / total, 6)
      })
      expect(P[i]?.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 6)
    })
    expect(P[1]).toEqual([1 / 3, 1 / 3, 1 / 3].map(Math.fround))
  })

  it('agrees with tfjs’s softmax, and with itself on one row', () => {
    const O = tensor2d([
      [0.3, -2, 7],
      [5, 5, -5],
    ])
    const ours = softmax(O).dataSync()
    Array.from(tfSoftmax(O).dataSync()).forEach((v, i) => {
      expect(ours[i]).toBeCloseTo(v, 6)
    })
    expect(Array.from(softmax(tensor1d([0.3, -2, 7])).dataSync())).toEqual(
      Array.from(ours.slice(0, 3)),
    )
  })

  it('does not overflow for logits of 1e4, where exp(o) alone is Infinity', () => {
    const P = softmax(
      tensor2d([
        [1e4, 0, -1e4],
        [1e4, 1e4, 0],
      ]),
    ).arraySync()
    expect(P).toEqual([
      [1, 0, 0],
      [0.5, 0.5, 0],
    ])
  })

  it('refuses a tensor of rank 3', () => {
    expect(() => softmax(tensor3d([[[1]]]))).toThrow(ShapeError)
    expect(() => softmax(tensor3d([[[1]]]))).toThrow('O: expected a tensor of rank 1 or 2')
  })
})
