import { square, sub, type Tensor, tidy } from '@d2l-ts/tensor'
import { alignLabels } from './align-labels.js'
import { type ReductionOptions, reduce } from './reduction.js'

/**
 * Mean squared error, (ŷ − y)² without the ½ (PyTorch's `nn.MSELoss`, used in the book's 3.3). Its
 * gradient is twice the squared loss's: the same learning rate takes twice as large a step.
 *
 * @param options how to reduce the per-example losses (default: their mean).
 * @throws {ShapeError} when `y` does not hold one label per prediction.
 * @example
 * ```ts
 * import { mseLoss } from '@d2l-ts/losses'
 * import { tensor1d } from '@d2l-ts/tensor'
 * mseLoss(tensor1d([1, 4]), tensor1d([2, 2])).dataSync() // Float32Array [2.5]
 * ```
 */
export function mseLoss(yHat: Tensor, y: Tensor, { reduction }: ReductionOptions = {}): Tensor {
  return tidy(() => reduce(square(sub(yHat, alignLabels(yHat, y))), reduction))
}
