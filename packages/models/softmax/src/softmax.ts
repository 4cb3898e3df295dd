import { assertRank, div, exp, max, sub, sum, type Tensor, tidy } from '@d2l-ts/tensor'

/**
 * The softmax of each row (3.4.3): softmax(o)_j = exp(o_j) / Σ_k exp(o_k). Every output lies in
 * (0, 1] and each row sums to 1, while the order of the entries, and so the predicted class, is kept.
 *
 * Computed as exp(o − max(o)) / Σ exp(o − max(o)), which is the same number (the factor exp(−max)
 * cancels) but never overflows: the largest exponent is 0. Written out as in 3.6; tfjs's own
 * `softmax` gives the same values.
 *
 * @param O logits, `[n, q]` (or one row, `[q]`).
 * @throws {ShapeError} when `O` is not of rank 1 or 2.
 * @example
 * ```ts
 * import { softmax } from '@d2l-ts/models-softmax'
 * import { tensor2d } from '@d2l-ts/tensor'
 * softmax(tensor2d([[1, 2, 3], [1e4, 0, 0]])).arraySync()
 * // [[0.0900, 0.2447, 0.6652], [1, 0, 0]]
 * ```
 */
export function softmax(O: Tensor): Tensor {
  assertRank('O', O, [1, 2])
  const axis = O.shape.length - 1
  return tidy(() => {
    const E = exp(sub(O, max(O, axis, true)))
    return div(E, sum(E, axis, true))
  })
}
