import { keep, type Rank, type Tensor } from '@d2l-ts/tensor'
import { BatchSchedule, type BatchScheduleOptions, type RowRange } from './batch-schedule.js'
import { copyRows, type RowTable, takeRows } from './rows.js'

/** Options of {@link loadArray} and {@link dataIter}: those of the {@link BatchSchedule} they follow. */
export type LoadArrayOptions = BatchScheduleOptions

/**
 * One minibatch: a tensor per array given to the loader, in the same order and of the same rank,
 * with at most `batchSize` rows.
 */
export type Batch<T extends readonly Tensor[]> = {
  -readonly [K in keyof T]: T[K] extends Tensor<infer R extends Rank> ? Tensor<R> : Tensor
}

/**
 * A reusable source of minibatches: every `for … of` is one epoch, which visits every row exactly once.
 *
 * Ownership: the loader holds its own copy of the data. Each batch's tensors belong to the loader and
 * stay valid until the iterator moves on (the next batch, the end of the epoch, or a `break`, `return`
 * or `throw` out of the loop); the loader disposes them then, so a training loop keeps
 * `memory().numTensors` flat without disposing anything itself. To keep a batch longer, `clone()` it.
 */
export interface DataLoader<B extends Tensor[] = Tensor[]> extends Iterable<B> {
  /** The number of rows (examples), n. */
  readonly size: number
  /** The number of rows in every batch but possibly the last. */
  readonly batchSize: number
  /** The number of batches in one epoch: ⌈n / batchSize⌉, or ⌊n / batchSize⌋ with `dropLast`. */
  readonly numBatches: number
  /** The number of epochs begun so far (iterators created); the next epoch has this index. */
  readonly epochs: number
  /** Begins the next epoch. */
  [Symbol.iterator](): IterableIterator<B>
}

/**
 * Minibatches of several tensors that share their rows, such as features and labels: the book's
 * `d2l.load_array` (section 3.3). Every epoch (each new `for … of`) draws a new order of the rows; with
 * a `seed`, epoch k's order depends only on the seed and k, so a run repeats exactly. When
 * `batchSize` does not divide the row count, the last batch is smaller, unless `dropLast`.
 *
 * The tensors passed in are copied and stay the caller's; each batch belongs to the loader and is
 * disposed when the loop moves past it (see {@link DataLoader}); `clone()` a batch to keep it.
 *
 * @throws {ValueError} for an empty list or empty data, NaN or ±Infinity, a batch size that is not an
 *   integer in [1, n].
 * @throws {ShapeError} when the tensors' row counts differ.
 * @example
 * ```ts
 * import { loadArray } from '@d2l-ts/data'
 * import { tensor2d } from '@d2l-ts/tensor'
 * const X = tensor2d([[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]])
 * const y = tensor2d([[1], [2], [3], [4], [5]])
 * const loader = loadArray([X, y], 2, { seed: 0 })
 * loader.numBatches // 3: two batches of 2 rows, then one of 1
 * for (const [Xb, yb] of loader) {
 *   console.log(Xb.shape, yb.shape) // [2, 2] [2, 1], [2, 2] [2, 1], then [1, 2] [1, 1]
 * }
 * ```
 */
export function loadArray<const T extends readonly Tensor[]>(
  arrays: T,
  batchSize: number,
  options: LoadArrayOptions = {},
): DataLoader<Batch<T>> {
  return new MinibatchLoader<Batch<T>>(arrays, (i) => `arrays[${i}]`, batchSize, options)
}

/**
 * The book's `data_iter(batch_size, features, labels)` (section 3.2): minibatches of `[features, labels]`
 * in a random order. The same as `loadArray([features, labels], batchSize, options)`, with the book's
 * argument order; the same ownership rule holds.
 *
 * @example
 * ```ts
 * import { dataIter, syntheticData } from '@d2l-ts/data'
 * const { X, y } = syntheticData([2, -3.4], 4.2, 1000, { seed: 0 })
 * for (const [Xb, yb] of dataIter(10, X, y, { seed: 0 })) {
 *   console.log(Xb.shape, yb.shape) // [10, 2] [10, 1]
 *   break
 * }
 * ```
 */
export function dataIter<F extends Tensor, L extends Tensor>(
  batchSize: number,
  features: F,
  labels: L,
  options: LoadArrayOptions = {},
): DataLoader<Batch<[F, L]>> {
  const names = ['features', 'labels']
  return new MinibatchLoader<Batch<[F, L]>>(
    [features, labels],
    (i) => names[i] ?? `arrays[${i}]`,
    batchSize,
    options,
  )
}

class MinibatchLoader<B extends Tensor[]> implements DataLoader<B> {
  readonly #tables: RowTable[]
  readonly #schedule: BatchSchedule
  #epochs = 0

  constructor(
    arrays: unknown,
    names: (index: number) => string,
    batchSize: number,
    options: LoadArrayOptions,
  ) {
    const { tables, size } = copyRows(arrays, names)
    this.#tables = tables
    this.#schedule = new BatchSchedule(size, batchSize, options)
  }

  get size(): number {
    return this.#schedule.size
  }

  get batchSize(): number {
    return this.#schedule.batchSize
  }

  get numBatches(): number {
    return this.#schedule.numBatches
  }

  get epochs(): number {
    return this.#epochs
  }

  [Symbol.iterator](): IterableIterator<B> {
    this.#epochs++
    return new BatchIterator<B>(this.#tables, this.#schedule.epoch(this.#epochs))
  }
}

class BatchIterator<B extends Tensor[]> implements IterableIterator<B> {
  #current: Tensor[] = []
  #index = 0
  #done = false

  constructor(
    private readonly tables: readonly RowTable[],
    private readonly batches: readonly RowRange[],
  ) {}

  next(): IteratorResult<B, undefined> {
    this.#release()
    const batch = this.#done ? undefined : this.batches[this.#index]
    if (!batch) return this.#finish()
    this.#index++
    const { order, start, end } = batch
    // keep(): a tidy() around the loop must not dispose the batch; the loader does, on the next step.
    this.#current = this.tables.map((table) => keep(takeRows(table, order, start, end)))
    return { done: false, value: this.#current as B }
  }
  /** Called by `break`, `return` and `throw` inside `for … of`: disposes the current batch. */
  return(): IteratorResult<B, undefined> {
    this.#release()
    return this.#finish()
  }

  [Symbol.iterator](): IterableIterator<B> {
    return this
  }

  #finish(): IteratorResult<B, undefined> {
    this.#done = true
    return { done: true, value: undefined }
  }

  #release(): void {
    for (const t of this.#current) t.dispose()
    this.#current = []
  }
}
