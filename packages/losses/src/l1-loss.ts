import { abs, sub, type Tensor, tidy } from '@d2l-ts/tensor'
import { alignLabels } from './align-labels.js'
import { type ReductionOptions, reduce } from './reduction.js'

/**
 * Absolute error |ŷ − y|: the negative log-likelihood of Laplace noise, up to constants (exercise 3 of
 * 3.1). Less sensitive to outliers than the squared loss; its gradient is the sign of the error.
 *
 * @param options how to reduce the per-example losses (default: their mean).
 * @throws {ShapeError} when `y` does not hold one label per prediction.
 * @example
 * ```ts
 * import { l1Loss } from '@d2l-ts/losses'
 * import { tensor1d } from '@d2l-ts/tensor'
 * l1Loss(tensor1d([1, 4]), tensor1d([2, 2]), { reduction: 'sum' }).dataSync() // Float32Array [3]
 * ```
 */
export function l1Loss(yHat: Tensor, y: Tensor, { reduction }: ReductionOptions = {}): Tensor {
  return tidy(() => reduce(abs(sub(yHat, alignLabels(yHat, y))), reduction))
}
