import { type Loss, type Module, mean, type Tensor, tidy, ValueError } from '@d2l-ts/tensor'
import { Accumulator } from './accumulator.js'

/** Minibatches of `[features, labels]`: a `DataLoader` from `@d2l-ts/data`, or an array of pairs. */
export type Batches = Iterable<readonly Tensor[]>

/**
 * The mean loss of a model over a dataset, without training: each batch's mean loss weighted by its
 * number of examples.
 *
 * @throws {ValueError} when `data` yields no examples.
 * @example
 * ```ts
 * import { evaluateLoss } from '@d2l-ts/train'
 * import { squaredLoss } from '@d2l-ts/losses'
 * import { tensor2d } from '@d2l-ts/tensor'
 * const double = { parameters: () => [], forward: (x) => tensor2d([[2], [4]]) } // predicts 2, 4
 * evaluateLoss(double, [[tensor2d([[1], [2]]), tensor2d([[1], [2]])]], squaredLoss) // (½·1 + ½·4) / 2 = 1.25
 * ```
 */
export function evaluateLoss(model: Module, data: Batches, loss: Loss): number {
  const metric = new Accumulator(2)
  for (const [X, y] of data) {
    if (!X || !y) {
      throw new ValueError({
        argument: 'data',
        expected: 'batches of [X, y]',
        received: 'a batch without labels',
      })
    }
    const batchLoss = tidy(() => mean(loss(model.forward(X), y)).dataSync()[0] ?? Number.NaN)
    metric.add(batchLoss * (X.shape[0] ?? 0), X.shape[0] ?? 0)
  }
  if (metric.get(1) === 0) {
    throw new ValueError({ argument: 'data', expected: 'at least one example', received: 'none' })
  }
  return metric.get(0) / metric.get(1)
}
