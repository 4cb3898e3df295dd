import { add, assertPositive, div, square, sub, type Tensor, tidy } from '@d2l-ts/tensor'
import { alignLabels } from './align-labels.js'
import { type ReductionOptions, reduce } from './reduction.js'

/** Options of {@link gaussianNLL}. */
export interface GaussianNLLOptions extends ReductionOptions {
  /** The noise's standard deviation σ. Default 1. */
  sigma?: number
}

/**
 * The negative log-likelihood of y under Gaussian noise around ŷ (3.1.3):
 * ½ log(2πσ²) + (y − ŷ)² / (2σ²) per example. For fixed σ it is the squared loss scaled by 1/σ²
 * plus a constant, so both have the same minimiser: least squares is maximum likelihood.
 *
 * @param options the noise's standard deviation `sigma` (default 1), and how to reduce the
 *   per-example losses.
 * @throws {ValueError} when `sigma` is not a positive number.
 * @throws {ShapeError} when `y` does not hold one label per prediction.
 * @example
 * ```ts
 * import { gaussianNLL } from '@d2l-ts/losses'
 * import { tensor1d } from '@d2l-ts/tensor'
 * gaussianNLL(tensor1d([0]), tensor1d([0])).dataSync() // [0.9189385] = ½ log(2π)
 * ```
 */
export function gaussianNLL(
  yHat: Tensor,
  y: Tensor,
  { sigma = 1, reduction }: GaussianNLLOptions = {},
): Tensor {
  assertPositive('options.sigma', sigma)
  const variance = sigma * sigma
  const constant = 0.5 * Math.log(2 * Math.PI * variance)
  return tidy(() =>
    reduce(add(constant, div(square(sub(yHat, alignLabels(yHat, y))), 2 * variance)), reduction),
  )
}
