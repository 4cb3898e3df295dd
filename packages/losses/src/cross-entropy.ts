import {
  formatShape,
  logSoftmax,
  mul,
  neg,
  oneHot,
  ShapeError,
  sum,
  type Tensor,
  tensor1d,
  tidy,
  ValueError,
} from '@d2l-ts/tensor'
import { type ReductionOptions, reduce } from './reduction.js'

/**
 * The cross-entropy loss of softmax regression (3.4.2, and 3.7's `nn.CrossEntropyLoss`), computed
 * from the logits o, not from probabilities: for an example of class y it is
 * −log softmax(o)_y = log Σ_k exp(o_k) − o_y.
 *
 * The log-sum-exp is taken after subtracting max_k o_k, so no exp overflows or underflows to a
 * log(0): logits of ±1e4 give finite, exact losses where exp(o) / Σ exp(o) followed by a log would
 * give NaN or Infinity (3.7.2). The gradient with respect to the logits is softmax(o) − onehot(y).
 *
 * @param logits the unnormalised scores, `[n, q]`: one row per example, one column per class.
 * @param labels the class of each example as an integer index in [0, q): `[n]` (or `[n, 1]`),
 *   int32 or float32 holding whole numbers.
 * @param options how to reduce the per-example losses.
 * @param options.reduction `'mean'` (default), `'sum'`, or `'none'` for the `[n]` per-example losses.
 * @throws {ShapeError} when `logits` is not `[n, q]` or `labels` does not hold one label per row.
 * @throws {ValueError} when a label is not a whole number in [0, q), naming the first one and where
 *   it sits.
 * @example
 * ```ts
 * import { crossEntropy } from '@d2l-ts/losses'
 * import { tensor1d, tensor2d } from '@d2l-ts/tensor'
 * const logits = tensor2d([[2, 0, 0], [1e4, -1e4, 0]])
 * crossEntropy(logits, tensor1d([0, 2], 'int32'), { reduction: 'none' }).dataSync()
 * // [0.2395, 10000]: log(e² + 2) − 2, then log Σ exp − 0 = 1e4, finite
 * ```
 */
export function crossEntropy(
  logits: Tensor,
  labels: Tensor,
  { reduction }: ReductionOptions = {},
): Tensor {
  const classes = checkLogits(logits)
  const indices = checkLabels(labels, logits, classes)
  return tidy(() => {
    // logSoftmax subtracts the row maximum before exp, and has a gradient of its own.
    const picked = sum(mul(oneHot(tensor1d(indices, 'int32'), classes), logSoftmax(logits)), 1)
    return reduce(neg(picked), reduction)
  })
}

function checkLogits(logits: Tensor): number {
  const [n, q] = logits.shape
  if (logits.shape.length !== 2 || n === undefined || q === undefined || q < 1) {
    throw new ShapeError({
      argument: 'logits',
      expected: '[n, q]: one row of q ≥ 1 class scores per example',
      received: formatShape(logits.shape),
    })
  }
  return q
}

/** The labels as class indices, after checking their shape, dtype and values. */
function checkLabels(labels: Tensor, logits: Tensor, classes: number): Int32Array {
  const n = logits.shape[0] as number
  const { shape } = labels
  const oneColumn = shape.length === 2 && shape[1] === 1
  if (!((shape.length === 1 || oneColumn) && shape[0] === n)) {
    throw new ShapeError({
      argument: 'labels',
      expected: `[${n}]: one class index per row of logits ${formatShape(logits.shape)}`,
      received: formatShape(shape),
    })
  }
  if (labels.dtype !== 'int32' && labels.dtype !== 'float32') {
    throw new ValueError({
      argument: 'labels',
      expected: 'an int32 or float32 tensor of class indices',
      received: `a ${labels.dtype} tensor`,
    })
  }
  const values = labels.dataSync() as Int32Array | Float32Array
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number
    if (!(Number.isInteger(v) && v >= 0 && v < classes)) {
      throw new ValueError({
        argument: 'labels',
        expected: `class indices: whole numbers in [0, ${classes}), as logits has ${classes} columns`,
        received: `${v} at [${i}]`,
      })
    }
  }
  return Int32Array.from(values)
}
