import { mul, square, sub, type Tensor, tidy } from '@d2l-ts/tensor'
import { alignLabels } from './align-labels.js'

/**
 * The book's squared loss (3.1.1, and `squared_loss` in 3.2): ½(ŷ − y)² for each example, unreduced.
 * The ½ makes the gradient (ŷ − y). Labels are reshaped to the predictions' shape first.
 *
 * @returns a tensor of the predictions' shape.
 * @throws {ShapeError} when `y` does not hold one label per prediction.
 * @example
 * ```ts
 * import { squaredLoss } from '@d2l-ts/losses'
 * import { tensor1d, tensor2d } from '@d2l-ts/tensor'
 * squaredLoss(tensor2d([[1], [4]]), tensor1d([2, 2])).dataSync() // Float32Array [0.5, 2]
 * ```
 */
export function squaredLoss(yHat: Tensor, y: Tensor): Tensor {
  return tidy(() => mul(0.5, square(sub(yHat, alignLabels(yHat, y)))))
}
