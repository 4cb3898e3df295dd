import { add, matMul, type Tensor } from '@d2l-ts/tensor'

/**
 * The book's `linreg` (3.2): the linear model ŷ = Xw + b, with b broadcast over the rows.
 *
 * @example
 * ```ts
 * import { linreg } from '@d2l-ts/nn'
 * import { tensor1d, tensor2d } from '@d2l-ts/tensor'
 * linreg(tensor2d([[1, 2]]), tensor2d([[2], [-3.4]]), tensor1d([4.2])).dataSync() // [-0.6]
 * ```
 */
export function linreg(X: Tensor, w: Tensor, b: Tensor): Tensor {
  return add(matMul(X, w), b)
}
