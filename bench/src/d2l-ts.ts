// The implementation under test: @d2l-ts/models-linear's LinearRegression, through its public API.
import { type DataTable, openTable } from '@d2l-ts/data'
import { LinearRegression, type LinearWeights } from '@d2l-ts/models-linear'
import { type BackendName, setBackend, type Tensor, tensor2d, tidy, zeros } from '@d2l-ts/tensor'
import type {
  Dataset,
  ImplementationModule,
  LinearFit,
  Prepared,
  TableDataset,
  TrainingTrace,
} from './problem.js'

/**
 * W1/W2: `LinearRegression.fit` with the book's loss (½(ŷ − y)², batch mean) and SGD. The model is
 * built once; each timed run resets w and b to zero and fits, so every run does the same work.
 */
export const sgd: ImplementationModule['sgd'] = async (data, settings, backend) => {
  await setBackend(backend as BackendName)
  const { X, y } = tensors(data)
  const model = new LinearRegression({ inputs: data.d, seed: settings.seed, initStd: 0 })
  return {
    async run() {
      reset(model)
      await model.fit(X, y, {
        epochs: settings.epochs,
        batchSize: settings.batchSize,
        lr: settings.lr,
        seed: settings.seed,
      })
      return fitOf(model.weights())
    },
    dispose() {
      model.dispose()
      X.dispose()
      y.dispose()
    },
  } satisfies Prepared
}

/** W3: `LinearRegression.fitClosedForm`, the float64 least-squares solution. */
export const closedForm: ImplementationModule['closedForm'] = async (data, backend) => {
  await setBackend(backend as BackendName)
  const { X, y } = tensors(data)
  const model = new LinearRegression({ inputs: data.d, initStd: 0 })
  return {
    async run() {
      model.fitClosedForm(X, y)
      return fitOf(model.weights())
    },
    dispose() {
      model.dispose()
      X.dispose()
      y.dispose()
    },
  } satisfies Prepared
}

/**
 * W3 with inference: `fitClosedForm`, then `summary()` (standard errors, t, p-values, intervals, R²,
 * F), what a statistician reads after every fit.
 */
export const closedFormWithSummary: ImplementationModule['closedForm'] = async (data, backend) => {
  await setBackend(backend as BackendName)
  const { X, y } = tensors(data)
  const model = new LinearRegression({ inputs: data.d, initStd: 0 })
  return {
    async run() {
      model.fitClosedForm(X, y)
      const { terms } = model.summary()
      if (!terms || terms.length !== data.d + 1) throw new Error('summary() gave no terms')
      return fitOf(model.weights())
    },
    dispose() {
      model.dispose()
      X.dispose()
      y.dispose()
    },
  } satisfies Prepared
}

/**
 * W4: `fitClosedForm` on the table, the statistics computed by the engine where the file is. A run opens
 * the file, fits and closes it: what a user's program does with a file it has not opened yet.
 */
export const tableClosedForm: ImplementationModule['tableClosedForm'] = async (source, backend) => {
  await setBackend(backend as BackendName)
  const model = new LinearRegression({ inputs: source.features.length, initStd: 0 })
  const fit = async () => {
    const weights = await withTable(source, (table) =>
      model.fitClosedForm(table, { features: source.features, target: source.target }),
    )
    return fitOf(weights)
  }
  return {
    run: fit,
    async checkedRun() {
      const result = await fit()
      return { fit: result, method: model.summary().method }
    },
    dispose: () => model.dispose(),
  } satisfies Prepared
}

/**
 * W5: one epoch of SGD streamed from the table, from w = 0, b = 0, as `sgd` does from tensors. The
 * checked run also follows the batch losses through `onBatch`; the timed runs make the plain call.
 */
export const tableSgd: ImplementationModule['tableSgd'] = async (source, settings, backend) => {
  await setBackend(backend as BackendName)
  const model = new LinearRegression({
    inputs: source.features.length,
    seed: settings.seed,
    initStd: 0,
  })
  const fit = async (onBatch?: (progress: { loss: number }) => void) => {
    reset(model)
    await withTable(source, (table) =>
      model.fit(table, {
        features: source.features,
        target: source.target,
        epochs: settings.epochs,
        batchSize: settings.batchSize,
        lr: settings.lr,
        seed: settings.seed,
        ...(onBatch ? { onBatch } : {}),
      }),
    )
    return fitOf(model.weights())
  }
  return {
    run: () => fit(),
    async checkedRun() {
      const trace: TrainingTrace = {
        firstBatchLoss: Number.NaN,
        lastBatchLoss: Number.NaN,
        batches: 0,
      }
      const result = await fit(({ loss }) => {
        if (trace.batches === 0) trace.firstBatchLoss = loss
        trace.lastBatchLoss = loss
        trace.batches++
      })
      return { fit: result, trace }
    },
    dispose: () => model.dispose(),
  } satisfies Prepared
}

/** Opens the file, runs `use` on it, and closes it even when `use` throws. */
async function withTable<T>(
  source: TableDataset,
  use: (table: DataTable) => Promise<T>,
): Promise<T> {
  const table = await openTable(source.path)
  try {
    return await use(table)
  } finally {
    await table.close()
  }
}

function tensors({ X, y, n, d }: Dataset): { X: Tensor; y: Tensor } {
  return { X: tensor2d(X, [n, d]), y: tensor2d(y, [n, 1]) }
}

function reset(model: LinearRegression): void {
  tidy(() => {
    model.w.assign(zeros(model.w.shape))
    model.b.assign(zeros(model.b.shape))
  })
}

function fitOf({ w, b }: LinearWeights): LinearFit {
  return { w: Float64Array.from(w, (row) => row[0] as number), b: b[0] as number }
}
