import { argMax, assertRank, type Tensor, tidy } from '@d2l-ts/tensor'
import { checkLabels } from './labels.js'

/**
 * The share of examples whose highest score is on their true class (3.6.5): the fraction of rows i
 * with argmax_j yHat[i, j] = y[i]. `yHat` may be logits or probabilities: softmax keeps the argmax.
 * (The book's `accuracy` returns the count; multiply by n for it.)
 *
 * @param yHat scores, `[n, q]`.
 * @param y class indices, `[n]`, int32 or whole-number float32 in [0, q).
 * @returns a number in [0, 1]; NaN for n = 0.
 * @throws {ShapeError} when yHat is not `[n, q]` or y does not hold one label per row.
 * @throws {ValueError} for a label that is not a whole number in [0, q).
 * @example
 * ```ts
 * import { accuracy } from '@d2l-ts/models-softmax'
 * import { tensor1d, tensor2d } from '@d2l-ts/tensor'
 * const yHat = tensor2d([[0.1, 0.3, 0.6], [0.5, 0.2, 0.3]])
 * accuracy(yHat, tensor1d([2, 2], 'int32')) // 0.5: the first is right, the second is not
 * ```
 */
export function accuracy(yHat: Tensor, y: Tensor): number {
  const { predicted, labels } = predictionsAndLabels(yHat, y)
  let correct = 0
  predicted.forEach((p, i) => {
    if (p === labels[i]) correct++
  })
  return correct / labels.length
}

/**
 * The confusion matrix of a classifier: entry [i][j] counts the examples of true class i that were
 * predicted as class j (the class with the highest score in yHat). The diagonal holds the correct
 * predictions; the rows sum to the number of examples of each class.
 *
 * @param yHat scores, `[n, q]`.
 * @param y class indices, `[n]`.
 * @returns q rows of q counts.
 * @throws {ShapeError} when yHat is not `[n, q]` or y does not hold one label per row.
 * @throws {ValueError} for a label that is not a whole number in [0, q).
 * @example
 * ```ts
 * import { confusionMatrix } from '@d2l-ts/models-softmax'
 * import { tensor1d, tensor2d } from '@d2l-ts/tensor'
 * const yHat = tensor2d([[2, 1], [0, 3], [5, 0]])
 * confusionMatrix(yHat, tensor1d([0, 1, 1], 'int32')) // [[1, 0], [1, 1]]
 * ```
 */
export function confusionMatrix(yHat: Tensor, y: Tensor): number[][] {
  const { predicted, labels, classes } = predictionsAndLabels(yHat, y)
  const matrix = Array.from({ length: classes }, () => new Array<number>(classes).fill(0))
  labels.forEach((label, i) => {
    const row = matrix[label] as number[]
    const column = predicted[i] as number
    row[column] = (row[column] as number) + 1
  })
  return matrix
}

function predictionsAndLabels(yHat: Tensor, y: Tensor) {
  assertRank('yHat', yHat, 2)
  const classes = yHat.shape[1] as number
  const labels = checkLabels('y', y, { name: 'yHat', shape: yHat.shape }, classes)
  const predicted = tidy(() => argMax(yHat, 1).dataSync() as Int32Array)
  return { predicted, labels, classes }
}
