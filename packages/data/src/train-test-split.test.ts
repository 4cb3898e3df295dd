import { memory, ShapeError, tensor1d, tensor2d, ValueError } from '@d2l-ts/tensor'
import { describe, expect, it } from 'vitest'
import { trainTestSplit } from './index.js'

const n = 100
const range = (count: number) => Array.from({ length: count }, (_, i) => i)

/** X's row i is [i, i²], y's entry i is 10·i: each row says which example it is. */
function indexedData() {
  return {
    X: tensor2d(range(n).map((i) => [i, i * i])),
    y: tensor1d(range(n).map((i) => 10 * i)),
  }
}

/** The example indices on one side, checking that X and y rows stay together. */
function indices(side: readonly [unknown, unknown]): number[] {
  const [Xs, ys] = side as [ReturnType<typeof tensor2d>, ReturnType<typeof tensor1d>]
  const x = Xs.arraySync()
  const y = ys.arraySync()
  return x.map((row, r) => {
    expect(row[1]).toBe(row[0]! * row[0]!)
    expect(y[r]).toBe(10 * row[0]!)
    return row[0]!
  })
}

describe('trainTestSplit', () => {
  it('puts round(n · testFraction) random rows in the test set, the rest in training', () => {
    const { X, y } = indexedData()
    const { train, test } = trainTestSplit([X, y], { testFraction: 0.25, seed: 1 })
    expect(train[0].shape).toEqual([75, 2])
    expect(train[1].shape).toEqual([75])
    expect(test[0].shape).toEqual([25, 2])
    const trainRows = indices(train)
    const testRows = indices(test)
    expect([...trainRows, ...testRows].sort((a, b) => a - b)).toEqual(range(n))
    expect(testRows.sort((a, b) => a - b)).not.toEqual(range(25).map((i) => i + 75))
  })

  it('repeats for the same seed and differs for another', () => {
    const { X, y } = indexedData()
    const a = indices(trainTestSplit([X, y], { testFraction: 0.3, seed: 5 }).test)
    expect(indices(trainTestSplit([X, y], { testFraction: 0.3, seed: 5 }).test)).toEqual(a)
    expect(indices(trainTestSplit([X, y], { testFraction: 0.3, seed: 6 }).test)).not.toEqual(a)
  })

  it('uses a test fraction of 0.2 by default, and leaves the inputs alone', () => {
    const { X, y } = indexedData()
    const before = memory().numTensors
    const { train, test } = trainTestSplit([X, y], { seed: 0 })
    expect(memory().numTensors).toBe(before + 4)
    expect(test[0].shape[0]).toBe(20)
    expect(train[0].shape[0]).toBe(80)
    expect(X.isDisposed || y.isDisposed).toBe(false)
    expect(y.arraySync()).toEqual(range(n).map((i) => 10 * i))
  })

  it('rejects bad fractions, mismatched rows and bad values with typed errors', () => {
    const { X, y } = indexedData()
    for (const testFraction of [0, 1, -0.1, 1.5, Number.NaN]) {
      expect(() => trainTestSplit([X, y], { testFraction })).toThrow(ValueError)
    }
    expect(() => trainTestSplit([X, y], { testFraction: 0 })).toThrow(
      'options.testFraction: expected a number strictly between 0 and 1, received 0',
    )
    expect(() => trainTestSplit([X, y], { testFraction: 0.001 })).toThrow(
      'options.testFraction: expected a fraction that puts at least one of the 100 rows on each side, received 0.001, which gives 0 test rows',
    )
    expect(() => trainTestSplit([X, tensor1d([1, 2])])).toThrow(ShapeError)
    expect(() => trainTestSplit([X, tensor1d(range(n).map(() => Number.NaN))])).toThrow(
      'arrays[1]: expected finite numbers, received NaN at [0]',
    )
    expect(() => trainTestSplit([tensor2d([], [0, 2])])).toThrow(ValueError)
  })
})
