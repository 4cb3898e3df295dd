// The work of the closed-form demo: on one data set, the least-squares solution by fitClosedForm
// and a short minibatch SGD run by fit (3 epochs, batch size 10, lr 0.03, as in section 3.2).
import { memory } from '@d2l-ts/tensor'
import { Timer } from '@d2l-ts/utils-timer'
import { lineData, lineModel, TRUE_B, TRUE_W } from './line-data'

/** Examples in the data set. */
export const N = 1000
const SGD_SETTINGS = { epochs: 3, batchSize: 10, lr: 0.03 }

/** One fitted line and how long the fit took. */
export interface Fitted {
  w: number
  b: number
  seconds: number
}

/** Both fits of one data set. */
export interface Solution {
  seed: number
  truth: { w: number; b: number }
  exact: Fitted
  sgd: Fitted
  /** |w_SGD − w_exact| */
  gap: number
  /** memory().numTensors afterwards, for leak checks. */
  tensors: number
}

function first(fit: { w: number[][]; b: number[] }, seconds: number): Fitted {
  return { w: fit.w[0]?.[0] ?? Number.NaN, b: fit.b[0] ?? Number.NaN, seconds }
}

/** Both fits on the data set of `seed`; every tensor made here is disposed before it returns. */
export async function solve(seed: number): Promise<Solution> {
  const { X, y } = lineData(N, seed)
  const exactModel = lineModel()
  const sgdModel = lineModel(seed)
  let result: Omit<Solution, 'tensors'>
  try {
    const timer = new Timer()
    const exact = first(exactModel.fitClosedForm(X, y), timer.stop())
    timer.start()
    await sgdModel.fit(X, y, { ...SGD_SETTINGS, seed })
    const sgd = first(sgdModel.weights(), timer.stop())
    result = {
      seed,
      truth: { w: TRUE_W, b: TRUE_B },
      exact,
      sgd,
      gap: Math.abs(sgd.w - exact.w),
    }
  } finally {
    exactModel.dispose()
    sgdModel.dispose()
    X.dispose()
    y.dispose()
  }
  return { ...result, tensors: memory().numTensors }
}
