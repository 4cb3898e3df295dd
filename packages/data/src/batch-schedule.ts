import { assertInteger, describeValue, type SeedOptions, ValueError } from '@d2l-ts/tensor'
import { epochOrder } from './epoch-order.js'

/** Options of {@link BatchSchedule}, shared by the loaders and by every training path. */
export interface BatchScheduleOptions extends SeedOptions {
  /** Visit the rows in a new random order every epoch. Default `true`. */
  shuffle?: boolean
  /** Leave out the last, smaller batch when the batch size does not divide the row count. Default `false`. */
  dropLast?: boolean
}

/** One minibatch: rows `order[start] … order[end − 1]`, or rows `start … end − 1` when `order` is null. */
export interface RowRange {
  /** The epoch's order of the rows (shared by all its batches), or null without shuffling. */
  order: Int32Array | null
  start: number
  end: number
}

/**
 * Which rows form which minibatch in which epoch: the one schedule behind `loadArray`, `dataIter` and
 * every training path of d2l-ts, so that a fused kernel reading the data itself visits exactly the
 * batches a loader would yield. With a `seed`, epoch k's order depends only on the seed and k
 * ({@link epochOrder}); without one, a seed is drawn once, so the epochs still differ from each other.
 *
 * @throws {ValueError} for a size that is not an integer >= 1, a batch size outside [1, size], a
 *   seed that is not an integer, or `shuffle`/`dropLast` that are not booleans.
 * @example
 * ```ts
 * import { BatchSchedule } from '@d2l-ts/data'
 * const schedule = new BatchSchedule(5, 2, { shuffle: false })
 * schedule.epoch(1).map(({ start, end }) => [start, end]) // [[0, 2], [2, 4], [4, 5]]
 * ```
 */
export class BatchSchedule {
  /** The number of rows, n. */
  readonly size: number
  /** The number of rows in every batch but possibly the last. */
  readonly batchSize: number
  /** The number of batches in one epoch: ⌈n / batchSize⌉, or ⌊n / batchSize⌋ with `dropLast`. */
  readonly numBatches: number
  /** The seed of the row orders (drawn at random when none was given). */
  readonly seed: number
  readonly shuffle: boolean

  /**
   * @param size the number of rows, n.
   * @param batchSize the number of rows in every batch but possibly the last.
   * @param options whether to shuffle, with which seed, and whether to drop a short last batch.
   */
  constructor(
    size: number,
    batchSize: number,
    { shuffle = true, dropLast = false, seed }: BatchScheduleOptions = {},
  ) {
    assertInteger('size', size, { min: 1 })
    assertInteger('batchSize', batchSize, { min: 1, max: size })
    checkBoolean('options.shuffle', shuffle)
    checkBoolean('options.dropLast', dropLast)
    if (seed !== undefined) assertInteger('options.seed', seed)
    this.size = size
    this.batchSize = batchSize
    this.numBatches = dropLast ? Math.floor(size / batchSize) : Math.ceil(size / batchSize)
    this.shuffle = shuffle
    this.seed = seed ?? Math.floor(Math.random() * 2 ** 31)
  }

  /**
   * The minibatches of one epoch, in order.
   * @param epoch the epoch, counting from 1 as training reports it.
   */
  epoch(epoch: number): RowRange[] {
    assertInteger('epoch', epoch, { min: 1 })
    const order = this.shuffle ? epochOrder(this.size, { seed: this.seed, epoch: epoch - 1 }) : null
    return Array.from({ length: this.numBatches }, (_, i) => ({
      order,
      start: i * this.batchSize,
      end: Math.min((i + 1) * this.batchSize, this.size),
    }))
  }
}

function checkBoolean(argument: string, value: unknown): void {
  if (typeof value !== 'boolean') {
    throw new ValueError({ argument, expected: 'true or false', received: describeValue(value) })
  }
}
