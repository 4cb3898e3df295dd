import { formatShape, reshape, ShapeError, type Tensor } from '@d2l-ts/tensor'

/**
 * Gives the labels the predictions' shape, as the book does with `y.reshape(y_hat.shape)`: a `[n]`
 * label vector against `[n, 1]` predictions would otherwise broadcast into an `[n, n]` loss. Only a
 * reshape with the same number of elements is allowed; anything else is a `ShapeError`.
 *
 * @example
 * ```ts
 * import { alignLabels } from '@d2l-ts/losses'
 * import { tensor1d, tensor2d } from '@d2l-ts/tensor'
 * alignLabels(tensor2d([[1], [2]]), tensor1d([1, 2])).shape // [2, 1]
 * ```
 */
export function alignLabels(yHat: Tensor, y: Tensor): Tensor {
  if (yHat.size !== y.size) {
    throw new ShapeError({
      argument: 'y',
      expected: `${yHat.size} labels, one per prediction (yHat is ${formatShape(yHat.shape)})`,
      received: `shape ${formatShape(y.shape)}`,
    })
  }
  return sameShape(yHat.shape, y.shape) ? y : reshape(y, yHat.shape)
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i])
}
