import { describeValue, mean, sum, type Tensor, ValueError } from '@d2l-ts/tensor'

/** How a loss turns per-element losses into its result. */
export type Reduction = 'mean' | 'sum' | 'none'

/** Options shared by the losses that reduce. */
export interface ReductionOptions {
  /** `'mean'` (default) gives a scalar, `'sum'` a scalar, `'none'` the per-element losses. */
  reduction?: Reduction
}

const REDUCTIONS: readonly Reduction[] = ['mean', 'sum', 'none']

/**
 * Applies a reduction to per-element losses.
 *
 * @throws {ValueError} for a reduction other than 'mean', 'sum' or 'none'.
 * @example
 * ```ts
 * import { reduce } from '@d2l-ts/losses'
 * import { tensor1d } from '@d2l-ts/tensor'
 * reduce(tensor1d([1, 2, 3]), 'sum').dataSync() // Float32Array [6]
 * ```
 */
export function reduce(losses: Tensor, reduction: Reduction = 'mean'): Tensor {
  if (!REDUCTIONS.includes(reduction)) {
    throw new ValueError({
      argument: 'options.reduction',
      expected: "'mean', 'sum' or 'none'",
      received: describeValue(reduction),
    })
  }
  if (reduction === 'none') return losses
  return reduction === 'sum' ? sum(losses) : mean(losses)
}
