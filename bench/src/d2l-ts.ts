// The implementation under test: @d2l-ts/models-linear's LinearRegression, through its public API.
import { LinearRegression } from '@d2l-ts/models-linear'
import { type BackendName, setBackend, type Tensor, tensor2d, tidy, zeros } from '@d2l-ts/tensor'
import type { Dataset, ImplementationModule, LinearFit, Prepared } from './problem.js'

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
      return fitOf(model)
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
      return fitOf(model)
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
      return fitOf(model)
    },
    dispose() {
      model.dispose()
      X.dispose()
      y.dispose()
    },
  } satisfies Prepared
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

function fitOf(model: LinearRegression): LinearFit {
  const { w, b } = model.weights()
  return { w: Float64Array.from(w, (row) => row[0] as number), b: b[0] as number }
}
