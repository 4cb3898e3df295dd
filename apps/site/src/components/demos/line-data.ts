// The data of the SGD and closed-form demos. The book's 3.2 data set has two features
// (w = [2, −3.4], b = 4.2), which a page cannot draw as points and a line; these demos use one
// feature instead, y = 2x + 1 + ε, so that the fitted line can be drawn over the points. The noise is
// larger than the book's (σ = 0.5 rather than 0.01) so that the points scatter visibly and the fit
// has something to average. Everything else (x ~ N(0, 1), the squared loss, SGD) is the book's.
import { syntheticData } from '@d2l-ts/data'
import { LinearRegression } from '@d2l-ts/models-linear'
import { type Tensor2D, tidy } from '@d2l-ts/tensor'

export const TRUE_W = 2
export const TRUE_B = 1
export const NOISE_STD = 0.5

/** A line's data set: features X [n, 1] and labels y [n, 1] (the caller owns both), as plain numbers too. */
export interface LineData {
  X: Tensor2D
  y: Tensor2D
  xs: number[]
  ys: number[]
}

/** n examples of y = 2x + 1 + ε, ε ~ N(0, 0.5²), the same for the same seed. */
export function lineData(n: number, seed: number): LineData {
  const { X, y } = syntheticData([TRUE_W], TRUE_B, n, { noiseStd: NOISE_STD, seed })
  return { X, y, xs: Array.from(X.dataSync()), ys: Array.from(y.dataSync()) }
}

/**
 * A one-input LinearRegression. Built inside `tidy`: the constructor's initial values (the random w,
 * the zero b) are tensors of their own that stay registered after the model's variables copy them, so
 * without `tidy` every Reset would leave two tensors behind. `tidy` frees them and keeps the variables.
 */
export function lineModel(seed?: number): LinearRegression {
  let model: LinearRegression | undefined
  tidy(() => {
    model = new LinearRegression(seed === undefined ? { inputs: 1 } : { inputs: 1, seed })
  })
  return model as LinearRegression
}
