import {
  assertInteger,
  createRng,
  describeValue,
  type SeedOptions,
  ValueError,
} from '@d2l-ts/tensor'
import type { DataTable, TableColumnsOptions } from './data-table.js'
import { epochSeed } from './epoch-order.js'
import { unknownColumn } from './table-sql.js'

/** Options of {@link TableBatches}. */
export interface TableBatchOptions extends TableColumnsOptions, SeedOptions {
  /** Rows per minibatch, an integer >= 1. */
  batchSize: number
  /** Mix the rows through a seeded shuffle buffer every epoch (default true); false keeps the table's order. */
  shuffle?: boolean
  /**
   * Rows the shuffle buffer holds, an integer >= 1 (default 65 536): the memory bound of the shuffle
   * ((features + 1) float32 numbers a row) and how far it mixes (see {@link TableBatches}).
   */
  shuffleBuffer?: number
  /** Leave out the last, smaller minibatch of every epoch. Default false. */
  dropLast?: boolean
  /** Rows read from the engine at a time. Default 8192. */
  chunkRows?: number
}

/** One minibatch of a table: views that stay valid until the next minibatch is asked for. */
export interface TableBatch {
  /** Features, row-major, `rows × features` float32 numbers. */
  X: Float32Array
  /** Labels, `rows` float32 numbers. */
  y: Float32Array
  rows: number
}

const DEFAULT_SHUFFLE_BUFFER = 65_536

/**
 * Minibatches of a table's rows, streamed in bounded memory: the SGD of 3.2 over data that does not
 * fit in memory. Every epoch reads the table once, in chunks, through a shuffle buffer of
 * `shuffleBuffer` rows: the buffer first fills with the table's leading rows; then each row that
 * arrives takes the place of a buffered row drawn at random, which goes into the minibatch; at the
 * end the buffer empties in random order. A row thus comes out at most `shuffleBuffer` places
 * earlier than its place in the table, and later by a random delay of about `shuffleBuffer` rows on
 * average: the mixing is local, and rows far apart in the table keep their order. A table sorted by a feature or by time needs a buffer near its size, or shuffling at
 * the source (`ORDER BY random()`). Without `shuffle`, rows come in the engine's order. Epoch k's
 * draws depend only on the seed and k, as in {@link BatchSchedule}.
 *
 * Memory: the buffer, one chunk and one minibatch, whatever the table's size.
 *
 * @throws {ValueError} for malformed options and unknown columns (named as given), and, when an
 *   epoch is read, for a table without valid rows, or the table's own errors (bad values).
 * @example
 * ```ts
 * import { openTable, TableBatches } from '@d2l-ts/data'
 * await using table = await openTable({
 *   engine: 'duckdb',
 *   query: 'SELECT x, 2 * x + 1 AS y FROM range(1, 6) AS r(x) ORDER BY x',
 * })
 * const batches = new TableBatches(table, { features: ['x'], target: 'y', batchSize: 2, shuffle: false })
 * for await (const { X, y, rows } of batches.epoch(1)) {
 *   console.log(rows, X, y) // 2 [1, 2] [3, 5], then 2 [3, 4] [7, 9], then 1 [5] [11]
 * }
 * ```
 */
export class TableBatches {
  readonly table: DataTable
  readonly features: readonly string[]
  readonly target: string
  readonly batchSize: number
  readonly shuffle: boolean
  readonly shuffleBuffer: number
  readonly dropLast: boolean
  /** The seed of the shuffles (drawn at random when none was given). */
  readonly seed: number
  readonly #chunkRows: number
  #invalid: 'error' | 'drop'

  constructor(table: DataTable, options: TableBatchOptions) {
    if (typeof options !== 'object' || options === null) {
      throw new ValueError({
        argument: 'options',
        expected: 'an object with features, target and batchSize',
        received: describeValue(options),
      })
    }
    const {
      features,
      target,
      batchSize,
      shuffle = true,
      shuffleBuffer = DEFAULT_SHUFFLE_BUFFER,
      dropLast = false,
      chunkRows = 8192,
      invalid = 'error',
      seed,
    } = options
    assertInteger('options.batchSize', batchSize, { min: 1 })
    assertInteger('options.shuffleBuffer', shuffleBuffer, { min: 1 })
    assertInteger('options.chunkRows', chunkRows, { min: 1 })
    for (const [argument, value] of [
      ['options.shuffle', shuffle],
      ['options.dropLast', dropLast],
    ] as const) {
      if (typeof value !== 'boolean') {
        throw new ValueError({
          argument,
          expected: 'true or false',
          received: describeValue(value),
        })
      }
    }
    if (seed !== undefined) assertInteger('options.seed', seed)
    if (!Array.isArray(features) || !features.every((f) => typeof f === 'string')) {
      throw new ValueError({
        argument: 'options.features',
        expected: 'an array of column names',
        received: describeValue(features),
      })
    }
    if (typeof target !== 'string') {
      throw new ValueError({
        argument: 'options.target',
        expected: 'a column name',
        received: describeValue(target),
      })
    }
    // Named here as the caller wrote them; the table checks their types when an epoch is read.
    for (const [argument, name] of [
      ...features.map((f) => ['options.features', f] as const),
      ['options.target', target] as const,
    ]) {
      if (!table.columns.some((c) => c.name === name))
        throw unknownColumn(argument, name, table.columns)
    }
    this.table = table
    this.features = features
    this.target = target
    this.batchSize = batchSize
    this.shuffle = shuffle
    this.shuffleBuffer = shuffleBuffer
    this.dropLast = dropLast
    this.seed = seed ?? Math.floor(Math.random() * 2 ** 31)
    this.#chunkRows = chunkRows
    this.#invalid = invalid
  }

  /**
   * The minibatches of one epoch, read from the table as they are consumed.
   * @param epoch the epoch, counting from 1 as training reports it.
   */
  async *epoch(epoch: number): AsyncGenerator<TableBatch> {
    assertInteger('epoch', epoch, { min: 1 })
    const d = this.features.length
    const width = d + 1
    const batchSize = this.batchSize
    const X = new Float32Array(batchSize * d)
    const y = new Float32Array(batchSize)
    const batch: TableBatch = { X, y, rows: 0 }
    const random = createRng(epochSeed(this.seed, epoch - 1))
    const capacity = this.shuffle ? this.shuffleBuffer : 0
    const buffer = new Float32Array(capacity * width)
    let buffered = 0
    let filled = 0
    let seen = 0
    // Copies one row (width numbers of `from`, at `at`) into the minibatch.
    const take = (from: Float32Array, at: number) => {
      X.set(from.subarray(at, at + d), filled * d)
      y[filled] = from[at + d] as number
      filled++
    }
    const chunks = this.table.chunks({
      columns: [...this.features, this.target],
      chunkRows: this.#chunkRows,
      invalid: this.#invalid,
    })
    for await (const { values, rows } of chunks) {
      // The first epoch has checked every value under 'error'; later ones need not check again.
      if (this.#invalid === 'error') this.#invalid = 'drop'
      seen += rows
      for (let r = 0; r < rows; r++) {
        const at = r * width
        if (buffered < capacity) {
          buffer.set(values.subarray(at, at + width), buffered * width)
          buffered++
          continue
        }
        if (capacity === 0) take(values, at)
        else {
          const slot = Math.floor(random() * capacity) * width
          take(buffer, slot)
          buffer.set(values.subarray(at, at + width), slot)
        }
        if (filled === batchSize) {
          batch.rows = filled
          yield batch
          filled = 0
        }
      }
    }
    if (seen === 0) {
      throw new ValueError({
        argument: 'table',
        expected: 'at least one row with numbers in every used column',
        received: 'no valid rows',
      })
    }
    while (buffered > 0) {
      const slot = Math.floor(random() * buffered) * width
      take(buffer, slot)
      buffered--
      buffer.copyWithin(slot, buffered * width, (buffered + 1) * width)
      if (filled === batchSize) {
        batch.rows = filled
        yield batch
        filled = 0
      }
    }
    if (filled > 0 && !this.dropLast) {
      yield { X: X.subarray(0, filled * d), y: y.subarray(0, filled), rows: filled }
    }
  }
}
