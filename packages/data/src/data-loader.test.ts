import {
  add,
  memory,
  ShapeError,
  sum,
  type Tensor,
  type Tensor1D,
  type Tensor2D,
  tensor,
  tensor1d,
  tensor2d,
  tidy,
  ValueError,
} from '@d2l-ts/tensor'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { type DataLoader, dataIter, loadArray } from './index.js'

const n = 1003

/** X's row i is [i, -i], y's row i is [1000 + i]: each batch row says which example it is. */
function indexedData(rows = n) {
  const x: number[][] = []
  const y: number[][] = []
  for (let i = 0; i < rows; i++) {
    x.push([i, -i])
    y.push([1000 + i])
  }
  return { X: tensor2d(x), y: tensor2d(y) }
}

/** The example indices of one epoch, batch by batch, checking that X and y rows stay together. */
function epochIndices(loader: Iterable<Tensor[]>): number[][] {
  const batches: number[][] = []
  for (const [Xb, yb] of loader) {
    const x = Xb!.arraySync() as number[][]
    const y = yb!.arraySync() as number[][]
    batches.push(
      x.map((row, r) => {
        expect(row[1]).toBe(-row[0]!)
        expect(y[r]![0]).toBe(1000 + row[0]!)
        return row[0]!
      }),
    )
  }
  return batches
}

const range = (count: number) => Array.from({ length: count }, (_, i) => i)

describe('loadArray', () => {
  it('cuts 1003 rows into 101 batches of 10, the last of 3, each row once per epoch', () => {
    const { X, y } = indexedData()
    const loader = loadArray([X, y], 10, { seed: 1 })
    expect(loader.size).toBe(n)
    expect(loader.batchSize).toBe(10)
    expect(loader.numBatches).toBe(101)
    for (let epoch = 0; epoch < 2; epoch++) {
      const batches = epochIndices(loader)
      expect(batches.length).toBe(101)
      expect(batches.slice(0, 100).every((batch) => batch.length === 10)).toBe(true)
      expect(batches[100]!.length).toBe(3)
      expect(batches.flat().sort((a, b) => a - b)).toEqual(range(n))
    }
  })

  it('leaves the last, smaller batch out with dropLast', () => {
    const { X, y } = indexedData()
    const loader = loadArray([X, y], 10, { seed: 1, dropLast: true })
    expect(loader.numBatches).toBe(100)
    const batches = epochIndices(loader)
    expect(batches.length).toBe(100)
    expect(batches.every((batch) => batch.length === 10)).toBe(true)
    const seen = batches.flat()
    expect(new Set(seen).size).toBe(1000)
  })

  it('reshuffles every epoch, and repeats the sequence of epochs for the same seed', () => {
    const { X, y } = indexedData()
    const first = loadArray([X, y], 10, { seed: 5 })
    const second = loadArray([X, y], 10, { seed: 5 })
    const other = loadArray([X, y], 10, { seed: 6 })
    const epochsOf = (loader: Iterable<Tensor[]>) =>
      [1, 2, 3].map(() => epochIndices(loader).flat())
    const a = epochsOf(first)
    expect(a[0]).not.toEqual(a[1])
    expect(a[1]).not.toEqual(a[2])
    expect(a[0]).not.toEqual(range(n))
    expect(epochsOf(second)).toEqual(a)
    expect(epochsOf(other)[0]).not.toEqual(a[0])
    expect(first.epochs).toBe(3)
  })

  it('keeps the original order with shuffle: false', () => {
    const { X, y } = indexedData()
    const loader = loadArray([X, y], 10, { shuffle: false })
    expect(epochIndices(loader).flat()).toEqual(range(n))
    expect(epochIndices(loader)[100]).toEqual([1000, 1001, 1002])
  })

  it('keeps memory().numTensors flat over full epochs and after an early break', () => {
    const { X, y } = indexedData()
    const before = memory().numTensors
    const loader = loadArray([X, y], 10, { seed: 0 })
    expect(memory().numTensors).toBe(before)
    for (let epoch = 0; epoch < 3; epoch++) {
      for (const [Xb, yb] of loader) {
        expect(Xb.isDisposed || yb.isDisposed).toBe(false)
      }
      expect(memory().numTensors).toBe(before)
    }
    let steps = 0
    for (const _batch of loader) {
      if (++steps === 5) break
    }
    expect(memory().numTensors).toBe(before)
    expect(() => {
      for (const _batch of loader) throw new Error('stop')
    }).toThrow('stop')
    expect(memory().numTensors).toBe(before)
  })

  it('owns its batches: valid until the iterator moves on, then disposed; clone() keeps one', () => {
    const { X, y } = indexedData(25)
    const iterator = loadArray([X, y], 10, { shuffle: false })[Symbol.iterator]()
    const [X0] = iterator.next().value!
    const kept = X0.clone()
    expect(X0.isDisposed).toBe(false)
    iterator.next()
    expect(X0.isDisposed).toBe(true)
    expect((kept.arraySync() as number[][]).map((row) => row[0])).toEqual(range(10))
    kept.dispose()
    const [, y1] = iterator.next().value!
    expect(iterator.next().done).toBe(true)
    expect(y1.isDisposed).toBe(true)
    expect(iterator.next().done).toBe(true)
  })

  it('is not disturbed by a tidy() around the loop', () => {
    const { X, y } = indexedData(50)
    const loader = loadArray([X, y], 7, { seed: 2 })
    const before = memory().numTensors
    // X's first column holds 0 … 49; the batch sums, made inside the tidy, must add up to 1225.
    const sums = tidy(() => {
      const totals: number[] = []
      for (const [Xb] of loader) totals.push(sum(Xb, 0).dataSync()[0]!)
      return totals
    })
    expect(sums.length).toBe(8)
    expect(sums.reduce((a, b) => a + b, 0)).toBe((49 * 50) / 2)
    expect(memory().numTensors).toBe(before)
  })

  it('copies the data: the caller may dispose its tensors, and nothing passed is changed', () => {
    const { X, y } = indexedData(30)
    const loader = loadArray([X, y], 4, { seed: 3 })
    epochIndices(loader)
    expect(X.arraySync()).toEqual(range(30).map((i) => [i, -i]))
    X.dispose()
    y.dispose()
    expect(
      epochIndices(loader)
        .flat()
        .sort((a, b) => a - b),
    ).toEqual(range(30))
  })

  it('handles any rank and keeps the dtype', () => {
    const images = tensor(
      range(5 * 2 * 2).map((v) => v),
      [5, 2, 2],
      'int32',
    )
    const labels = tensor1d([0, 1, 2, 3, 4], 'int32')
    const batches = [...loadArray([images, labels], 2, { shuffle: false })].length
    expect(batches).toBe(3)
    for (const [Ib, Lb] of loadArray([images, labels], 2, { seed: 9 })) {
      expect(Ib.dtype).toBe('int32')
      expect(Ib.shape.slice(1)).toEqual([2, 2])
      const pixels = Ib.arraySync() as number[][][]
      ;(Lb.arraySync() as number[]).forEach((label, r) => {
        expect(pixels[r]).toEqual([
          [4 * label, 4 * label + 1],
          [4 * label + 2, 4 * label + 3],
        ])
      })
    }
  })

  it('rejects bad input with typed errors', () => {
    const { X, y } = indexedData(20)
    expect(() => loadArray([X, tensor2d([[1], [2]])], 5)).toThrow(
      new ShapeError({
        argument: 'arrays[1]',
        expected: '20 rows, as many as arrays[0] [20, 2]',
        received: '2 rows, shape [2, 1]',
      }),
    )
    expect(() => loadArray([tensor2d([[1, Number.NaN]]), tensor2d([[1]])], 1)).toThrow(
      'arrays[0]: expected finite numbers, received NaN at [0, 1]',
    )
    expect(() => loadArray([X, add(y, Number.POSITIVE_INFINITY)], 5)).toThrow(ValueError)
    expect(() => loadArray([tensor2d([], [0, 2]), tensor2d([], [0, 1])], 1)).toThrow(
      'arrays[0]: expected at least one row (example), received 0 rows, shape [0, 2]',
    )
    expect(() => loadArray([X, y], 0)).toThrow(
      'batchSize: expected an integer >= 1 and <= 20, received 0',
    )
    expect(() => loadArray([X, y], 2.5)).toThrow(ValueError)
    expect(() => loadArray([X, y], 21)).toThrow(ValueError)
    expect(() => loadArray([], 1)).toThrow(ValueError)
    expect(() => loadArray([X, [1, 2] as unknown as Tensor], 1)).toThrow(
      'arrays[1]: expected a tensor, received an array of length 2',
    )
    expect(() => loadArray([X, y], 5, { seed: 1.5 })).toThrow(ValueError)
  })
})

describe('loader types', () => {
  it('types each batch like the arrays given, rank included (checked by tsc)', () => {
    const X = tensor2d([[1, 2]])
    const labels = tensor1d([3])
    expectTypeOf(loadArray([X, labels], 1)).toEqualTypeOf<DataLoader<[Tensor2D, Tensor1D]>>()
    expectTypeOf(dataIter(1, X, labels)).toEqualTypeOf<DataLoader<[Tensor2D, Tensor1D]>>()
    const arrays: Tensor[] = [X]
    expectTypeOf(loadArray(arrays, 1)).toEqualTypeOf<DataLoader<Tensor[]>>()
  })
})

describe('dataIter', () => {
  it("is the book's name and argument order for loadArray([features, labels])", () => {
    const { X, y } = indexedData(95)
    const fromDataIter = epochIndices(dataIter(10, X, y, { seed: 4 }))
    expect(fromDataIter).toEqual(epochIndices(loadArray([X, y], 10, { seed: 4 })))
    expect(fromDataIter.length).toBe(10)
    expect(fromDataIter[9]!.length).toBe(5)
  })

  it('names features and labels in its errors', () => {
    const { X } = indexedData(10)
    expect(() => dataIter(5, X, tensor2d([[1]]))).toThrow(
      'labels: expected 10 rows, as many as features [10, 2], received 1 rows, shape [1, 1]',
    )
  })
})
