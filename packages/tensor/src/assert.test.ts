import { describe, expect, it, vi } from 'vitest'
import {
  assertFinite,
  assertInteger,
  assertPositive,
  assertRank,
  assertSameRows,
  assertShape,
  describeValue,
  ShapeError,
  tensor2d,
  ValueError,
  variable,
  zeros,
} from './index.js'

describe('assertions', () => {
  it('assertShape accepts wildcards and names the argument on mismatch', () => {
    expect(() => assertShape('X', zeros([5, 2]), [null, 2])).not.toThrow()
    expect(() => assertShape('X', zeros([5, 3]), [null, 2])).toThrow(
      new ShapeError({ argument: 'X', expected: '[n, 2]', received: '[5, 3]' }),
    )
    expect(() => assertShape('X', zeros([5]), [null, 2])).toThrow(
      'X: expected [n, 2], received [5]',
    )
  })

  it('assertRank lists the allowed ranks', () => {
    expect(() => assertRank('y', zeros([3, 1, 1]), [1, 2])).toThrow(
      'y: expected a tensor of rank 1 or 2, received rank 3, shape [3, 1, 1]',
    )
  })

  it('assertSameRows names the second argument and both row counts', () => {
    expect(() => assertSameRows('X', zeros([4, 2]), 'y', zeros([3, 1]))).toThrow(
      'y: expected 4 rows, as many as X [4, 2], received 3 rows, shape [3, 1]',
    )
  })

  it('assertFinite points at the first NaN or Infinity', () => {
    expect(() =>
      assertFinite(
        'X',
        tensor2d([
          [1, 2],
          [3, 4],
        ]),
      ),
    ).not.toThrow()
    expect(() =>
      assertFinite(
        'X',
        tensor2d([
          [1, 2],
          [Number.NaN, 4],
        ]),
      ),
    ).toThrow('X: expected finite numbers, received NaN at [1, 0]')
    expect(() => assertFinite('w', [1, Number.POSITIVE_INFINITY])).toThrow(
      'w: expected finite numbers, received Infinity at [1]',
    )
  })

  it('assertFinite reads a tensor once, but a variable every time (it can be reassigned)', () => {
    const x = tensor2d([[1, 2]])
    assertFinite('X', x)
    const read = vi.spyOn(x, 'dataSync')
    assertFinite('X', x)
    expect(read).not.toHaveBeenCalled()
    const v = variable(tensor2d([[1, 2]]))
    assertFinite('v', v)
    v.assign(tensor2d([[1, Number.NaN]]))
    expect(() => assertFinite('v', v)).toThrow('v: expected finite numbers, received NaN at [0, 1]')
  })

  it('assertPositive rejects zero, negatives, NaN and non-numbers', () => {
    expect(() => assertPositive('lr', 0.03)).not.toThrow()
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => assertPositive('lr', bad)).toThrow(ValueError)
    }
    expect(() => assertPositive('lr', '0.1' as unknown as number)).toThrow(
      'lr: expected a finite number > 0, received "0.1"',
    )
  })

  it('assertInteger states its bounds', () => {
    expect(() => assertInteger('batchSize', 10, { min: 1, max: 10 })).not.toThrow()
    expect(() => assertInteger('batchSize', 0, { min: 1, max: 10 })).toThrow(
      'batchSize: expected an integer >= 1 and <= 10, received 0',
    )
    expect(() => assertInteger('batchSize', 2.5, { min: 1 })).toThrow(
      'batchSize: expected an integer >= 1, received 2.5',
    )
  })

  it('describe keeps messages short for large values', () => {
    expect(describeValue(zeros([1000, 2]))).toBe('a tensor of shape [1000, 2]')
    expect(describeValue(new Array(10_000).fill(0))).toBe('an array of length 10000')
    expect(describeValue(new Map())).toBe('a Map')
  })
})
