import { ValueError } from '@d2l-ts/errors'
import { describe, expect, it } from 'vitest'
import { isTensorLike, toSeriesList } from './series.js'

const where = { source: 'plot', argument: 'Y' }

describe('toSeriesList', () => {
  it('reads one series of numbers as a list of one, named by the argument', () => {
    expect(toSeriesList([1, 2, 3], where)).toEqual({ values: [[1, 2, 3]], names: ['Y'] })
    expect(toSeriesList(new Float32Array([1, 2]), where).values).toEqual([[1, 2]])
  })

  it('reads an array of series as several, named by index', () => {
    const list = toSeriesList([[1, 2], new Int8Array([3, 4])], where)
    expect(list).toEqual({
      values: [
        [1, 2],
        [3, 4],
      ],
      names: ['Y[0]', 'Y[1]'],
    })
  })

  it('reads tensor-likes: 1-D as one series, 2-D as one per row, via dataSync and shape', () => {
    const t1 = { shape: [3], dataSync: () => new Float32Array([1, 2, 3]) }
    const t2 = { shape: [2, 3], dataSync: () => new Float32Array([1, 2, 3, 4, 5, 6]) }
    expect(toSeriesList(t1, where).values).toEqual([[1, 2, 3]])
    expect(toSeriesList(t2, where).values).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ])
  })

  it('falls back to arraySync when there is no shape, and reads lists of tensors', () => {
    const nested = {
      arraySync: () => [
        [1, 2],
        [3, 4],
      ],
    }
    expect(toSeriesList(nested, where).values).toEqual([
      [1, 2],
      [3, 4],
    ])
    const t = (v: number[]) => ({ shape: [v.length], dataSync: () => Float32Array.from(v) })
    expect(toSeriesList([t([1, 2]), t([3, 4])], where).values).toEqual([
      [1, 2],
      [3, 4],
    ])
  })

  it('copies: later changes to the caller’s arrays do not reach the result', () => {
    const data = [1, 2, 3]
    const { values } = toSeriesList(data, where)
    data[0] = 99
    expect(values[0]).toEqual([1, 2, 3])
  })

  it('keeps NaN and Infinity (they are drawn as gaps)', () => {
    expect(toSeriesList([Number.NaN, Number.POSITIVE_INFINITY], where).values[0]).toEqual([
      Number.NaN,
      Number.POSITIVE_INFINITY,
    ])
  })

  it('rejects wrong kinds with a ValueError naming the place', () => {
    expect(() => toSeriesList([[1, 2], 'ab'], where)).toThrow(
      new ValueError({
        ...where,
        argument: 'Y[1]',
        expected: 'a series (an array of numbers, a typed array or a 1-D tensor)',
        received: '"ab"',
      }),
    )
    expect(() => toSeriesList([[1, null]], where)).toThrow('plot: Y[0][1]: expected a number')
    expect(() => toSeriesList(new BigInt64Array(2), where)).toThrow(ValueError)
    expect(() => toSeriesList(5, where)).toThrow('plot: Y: expected numbers, an array of series')
  })

  it('rejects empty series with a ValueError', () => {
    expect(() => toSeriesList([], where)).toThrow(ValueError)
    expect(() => toSeriesList(new Float32Array(0), where)).toThrow(
      'plot: Y: expected at least one value, received an empty series',
    )
  })
})

describe('isTensorLike', () => {
  it('recognises objects with arraySync or dataSync, and nothing else', () => {
    expect(isTensorLike({ dataSync: () => [] })).toBe(true)
    expect(isTensorLike({ arraySync: () => [] })).toBe(true)
    expect(isTensorLike([1, 2])).toBe(false)
    expect(isTensorLike({ dataSync: 1 })).toBe(false)
    expect(isTensorLike(null)).toBe(false)
  })
})
