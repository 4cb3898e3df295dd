// The numbers of the normal-distribution demo, computed with @d2l-ts/losses on the page's backend:
// for a constant prediction μ, the Gaussian negative log-likelihood of a few labels and their sum of
// squared errors, and where on a grid of μ each is smallest.
import { gaussianNLL, mseLoss } from '@d2l-ts/losses'
import {
  argMin,
  fill,
  memory,
  reshape,
  sum,
  type Tensor,
  tensor1d,
  tidy,
  tile,
} from '@d2l-ts/tensor'

/** Both losses of `labels` for the prediction `mu` for every label, summed over the labels. */
export function lossesAt(
  labels: readonly number[],
  mu: number,
  sigma: number,
): { nll: number; sse: number } {
  return tidy(() => {
    const y = tensor1d([...labels])
    const yHat = fill([labels.length], mu)
    const nll = gaussianNLL(yHat, y, { sigma, reduction: 'sum' }).dataSync()[0] ?? Number.NaN
    const sse = mseLoss(yHat, y, { reduction: 'sum' }).dataSync()[0] ?? Number.NaN
    return { nll, sse }
  })
}

/** Where on `grid` each summed loss is smallest: one batched evaluation per loss. */
export function argmins(
  labels: readonly number[],
  grid: readonly number[],
  sigma: number,
): { nll: number; sse: number } {
  return tidy(() => {
    const g = grid.length
    const n = labels.length
    // Row k holds the prediction grid[k] for every label; the labels repeat once per row.
    const yHat = reshape(tile(reshape(tensor1d([...grid]), [g, 1]), [1, n]), [g * n])
    const y = tile(tensor1d([...labels]), [g])
    const best = (perLabel: Tensor) =>
      grid[argMin(sum(reshape(perLabel, [g, n]), 1)).dataSync()[0] ?? 0] ?? Number.NaN
    return {
      nll: best(gaussianNLL(yHat, y, { sigma, reduction: 'none' })),
      sse: best(mseLoss(yHat, y, { reduction: 'none' })),
    }
  })
}

/** memory().numTensors, for the demo's leak check. */
export function liveTensorCount(): number {
  return memory().numTensors
}
