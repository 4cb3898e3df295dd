import {
  abs,
  add,
  assertPositive,
  minimum,
  mul,
  square,
  sub,
  type Tensor,
  tidy,
} from '@d2l-ts/tensor'
import { alignLabels } from './align-labels.js'
import { type ReductionOptions, reduce } from './reduction.js'

/** Options of {@link huberLoss}. */
export interface HuberOptions extends ReductionOptions {
  /** Where the loss turns from quadratic to linear. Default 1. */
  delta?: number
}

/**
 * Huber loss: ½e² for |e| < δ and δ(|e| − ½δ) beyond, with e = ŷ − y. Quadratic near the optimum like
 * the squared loss, linear for outliers like the L1 loss, and continuous with its slope at |e| = δ.
 *
 * @param options the threshold `delta` (default 1), and how to reduce the per-example losses.
 * @throws {ValueError} when `delta` is not a positive number.
 * @throws {ShapeError} when `y` does not hold one label per prediction.
 * @example
 * ```ts
 * import { huberLoss } from '@d2l-ts/losses'
 * import { tensor1d } from '@d2l-ts/tensor'
 * huberLoss(tensor1d([0.5, 3]), tensor1d([0, 0]), { reduction: 'none' }).dataSync() // [0.125, 2.5]
 * ```
 */
export function huberLoss(
  yHat: Tensor,
  y: Tensor,
  { delta = 1, reduction }: HuberOptions = {},
): Tensor {
  assertPositive('options.delta', delta)
  return tidy(() => {
    // With m = min(|e|, δ): ½m² + δ(|e| − m) is ½e² inside δ and δ(|e| − ½δ) outside, written
    // with ops that all have gradients (tfjs registers none for the comparison in a `where`).
    const error = abs(sub(yHat, alignLabels(yHat, y)))
    const inside = minimum(error, delta)
    return reduce(add(mul(0.5, square(inside)), mul(delta, sub(error, inside))), reduction)
  })
}
