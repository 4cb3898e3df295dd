import {
  type DataTable,
  type TableBatch,
  TableBatches,
  type TableColumnsOptions,
} from '@d2l-ts/data'
import { describeValue, type Module, type Tensor, tensor2d, ValueError } from '@d2l-ts/tensor'
import {
  batchOrder,
  checkPair,
  checkValidation,
  type FitSetup,
  fitDefaults,
  runFit,
} from './fit.js'
import { checkFitOptions, type FitOptions } from './fit-options.js'
import type { History } from './run-training.js'

/** Options of {@link fitTable}: those of `fit`, the columns, and the stream's shuffle buffer. */
export interface TableFitOptions extends FitOptions, TableColumnsOptions {
  /** Rows in the seeded shuffle buffer (default 65 536): see `TableBatches` for what it mixes. */
  shuffleBuffer?: number
}

/**
 * Trains a model on a table's rows by minibatch SGD in bounded memory: `fit` for data that does
 * not fit in memory (a Parquet file, a database table; see `openTable` in `@d2l-ts/data`). Every
 * epoch streams the table once through a seeded shuffle buffer ({@link TableBatches}); the steps are
 * the model's fast stepper where it has one for streamed batches, the autograd step otherwise, under
 * the same loop, checks, divergence handling, callbacks and cancellation as `fit`. Options are
 * checked once, named as written; `batchSize` may be at most the table's row count.
 *
 * @returns the training history.
 * @throws {ValueError} for malformed options, unknown columns (listed), bad values under
 *   `invalid: 'error'` (counted per column), or no valid rows.
 * @throws {DivergenceError} when training diverges; the model keeps its last finite parameters.
 * @example
 * ```ts
 * import { openTable } from '@d2l-ts/data'
 * import { Linear } from '@d2l-ts/nn'
 * import { fitTable } from '@d2l-ts/train'
 * await using table = await openTable({
 *   engine: 'duckdb',
 *   query: 'SELECT x, 2 * x + 1 AS y FROM (SELECT range / 100 AS x FROM range(100))',
 * })
 * const net = new Linear({ inputs: 1, outputs: 1, seed: 0 })
 * const history = await fitTable(net, table, {
 *   features: ['x'], target: 'y', epochs: 100, batchSize: 10, lr: 0.3, seed: 0,
 * })
 * history.loss.at(-1) // below 1e-4: w → 2, b → 1
 * ```
 */
export async function fitTable(
  model: Module,
  table: DataTable,
  options: TableFitOptions,
  setup: FitSetup = {},
): Promise<History> {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new ValueError({
      argument: 'options',
      expected: 'an options object with features and target',
      received: describeValue(options),
    })
  }
  const { features, target, invalid, shuffleBuffer, ...fitOptions } = options
  const o = checkFitOptions(fitOptions, table.rowCount, fitDefaults(setup), setup.extraOptions)
  const made: Tensor[] = []
  try {
    const validation = checkValidation(o, setup.checkData ?? checkPair, made)
    const batches = new TableBatches(table, {
      features,
      target,
      batchSize: o.batchSize,
      ...batchOrder(o, setup),
      ...(invalid === undefined ? {} : { invalid }),
      ...(shuffleBuffer === undefined ? {} : { shuffleBuffer }),
    })
    const fast = o.optimizer ? undefined : setup.fastTableStepper?.({ lr: o.lr, loss: o.loss })
    if (fast) {
      return await runFit(model, o, validation, {
        fast: { stepper: fast, batches: (epoch) => batches.epoch(epoch) },
      })
    }
    return await runFit(model, o, validation, {
      tensors: (epoch) => tensorBatches(batches.epoch(epoch), features.length),
    })
  } finally {
    for (const t of made) t.dispose()
  }
}

/** A table's minibatches as `[X, y]` tensors, each pair disposed once the loop asks for the next. */
async function* tensorBatches(
  batches: AsyncIterable<TableBatch>,
  d: number,
): AsyncGenerator<readonly Tensor[]> {
  for await (const { X, y, rows } of batches) {
    // The tensors may share the batch's arrays; they are disposed before the arrays are refilled.
    const pair = [
      tensor2d(X.subarray(0, rows * d), [rows, d]),
      tensor2d(y.subarray(0, rows), [rows, 1]),
    ]
    try {
      yield pair
    } finally {
      for (const t of pair) t.dispose()
    }
  }
}
