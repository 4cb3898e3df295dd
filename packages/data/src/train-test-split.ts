import {
  assertInteger,
  describeValue,
  permutation,
  type SeedOptions,
  type Tensor,
  ValueError,
} from '@d2l-ts/tensor'
import type { Batch } from './data-loader.js'
import { copyRows, takeRows } from './rows.js'

/** Options of {@link trainTestSplit}. */
export interface TrainTestSplitOptions extends SeedOptions {
  /** The share of rows that go to the test set, strictly between 0 and 1. Default 0.2. */
  testFraction?: number
}

/** What {@link trainTestSplit} returns: one tensor per input array on each side, in the input order. */
export interface TrainTestSplit<T extends readonly Tensor[]> {
  train: Batch<T>
  test: Batch<T>
}

/**
 * Splits tensors that share their rows (features, labels…) into a training and a test set, with the
 * same rows on each side for every tensor: round(n · testFraction) rows, chosen at random, go to the
 * test set, the others to the training set, both in a random order. With a `seed`, the split repeats.
 *
 * The inputs are not changed or disposed; the caller owns the returned tensors.
 *
 * @param options the share of rows for the test set, `testFraction` (default 0.2), and a seed.
 * @throws {ValueError} for a testFraction outside (0, 1) or one that leaves a side empty, empty data, NaN
 *   or ±Infinity.
 * @throws {ShapeError} when the tensors' row counts differ.
 * @example
 * ```ts
 * import { syntheticData, trainTestSplit } from '@d2l-ts/data'
 * const { X, y } = syntheticData([2, -3.4], 4.2, 1000, { seed: 0 })
 * const { train, test } = trainTestSplit([X, y], { testFraction: 0.2, seed: 0 })
 * const [Xtrain, ytrain] = train
 * const [Xtest, ytest] = test
 * Xtrain.shape // [800, 2]
 * ytest.shape // [200, 1]
 * ```
 */
export function trainTestSplit<const T extends readonly Tensor[]>(
  arrays: T,
  { testFraction = 0.2, seed }: TrainTestSplitOptions = {},
): TrainTestSplit<T> {
  if (
    typeof testFraction !== 'number' ||
    !Number.isFinite(testFraction) ||
    testFraction <= 0 ||
    testFraction >= 1
  ) {
    throw new ValueError({
      argument: 'options.testFraction',
      expected: 'a number strictly between 0 and 1',
      received: describeValue(testFraction),
    })
  }
  if (seed !== undefined) assertInteger('options.seed', seed)
  const { tables, size } = copyRows(arrays, (i) => `arrays[${i}]`)
  const testSize = Math.round(size * testFraction)
  if (testSize === 0 || testSize === size) {
    throw new ValueError({
      argument: 'options.testFraction',
      expected: `a fraction that puts at least one of the ${size} rows on each side`,
      received: `${testFraction}, which gives ${testSize} test rows`,
    })
  }
  const order = permutation(size, { seed })
  return {
    test: tables.map((table) => takeRows(table, order, 0, testSize)) as Batch<T>,
    train: tables.map((table) => takeRows(table, order, testSize, size)) as Batch<T>,
  }
}
