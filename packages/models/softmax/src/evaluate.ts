import { crossEntropy } from '@d2l-ts/losses'
import {
  argMax,
  assertInteger,
  assertSameRows,
  type Module,
  slice,
  type Tensor,
  tensor1d,
  tidy,
  ValueError,
} from '@d2l-ts/tensor'
import { checkLabels } from './labels.js'

/** What {@link evaluate} measures. */
export interface Evaluation {
  /** The mean cross-entropy over the examples. */
  loss: number
  /** The share of examples classified correctly, in [0, 1]. */
  accuracy: number
  /** The number of examples. */
  examples: number
}

/**
 * A classifier's mean cross-entropy and accuracy on a data set, without training (the book's
 * `evaluate_accuracy`, 3.6.5, with the loss alongside): `model.forward` gives the logits, in
 * batches of `batchSize` rows so that a large data set never becomes one large tensor.
 *
 * @param model any {@link Module} whose `forward` returns logits `[n, q]`, such as `SoftmaxRegression`.
 * @param options the number of rows per batch, `batchSize` (default 256).
 * @throws {ShapeError} when y does not hold one label per row of X.
 * @throws {ValueError} for no examples, a label outside [0, q), or a batch size below 1.
 * @example
 * ```ts
 * import { evaluate, SoftmaxRegression } from '@d2l-ts/models-softmax'
 * import { tensor1d, tensor2d } from '@d2l-ts/tensor'
 * const model = new SoftmaxRegression({ inputs: 2, classes: 3 }) // weights near 0
 * evaluate(model, tensor2d([[1, 2], [3, 4]]), tensor1d([0, 2], 'int32'))
 * // { loss: ≈1.0986 (log 3: every class equally likely), accuracy: …, examples: 2 }
 * ```
 */
export function evaluate(
  model: Module,
  X: Tensor,
  y: Tensor,
  { batchSize = 256 }: { batchSize?: number } = {},
): Evaluation {
  assertInteger('options.batchSize', batchSize, { min: 1 })
  assertSameRows('X', X, 'y', y)
  const n = X.shape[0] ?? 0
  if (n === 0) {
    throw new ValueError({ argument: 'X', expected: 'at least one example', received: 'none' })
  }
  let labels: Int32Array | undefined
  let loss = 0
  let correct = 0
  for (let start = 0; start < n; start += batchSize) {
    const size = Math.min(batchSize, n - start)
    const [batchLoss, batchCorrect] = tidy(() => {
      const logits = model.forward(slice(X, start, size))
      // The number of classes is known once the model has answered.
      labels ??= checkLabels('y', y, { name: 'X', shape: X.shape }, logits.shape[1] ?? 0)
      const batchLabels = labels.subarray(start, start + size)
      const predicted = argMax(logits, 1).dataSync()
      const right = batchLabels.filter((label, i) => label === predicted[i]).length
      const total = crossEntropy(logits, tensor1d(batchLabels, 'int32'), { reduction: 'sum' })
      return [total.dataSync()[0] ?? Number.NaN, right] as const
    })
    loss += batchLoss
    correct += batchCorrect
  }
  return { loss: loss / n, accuracy: correct / n, examples: n }
}
