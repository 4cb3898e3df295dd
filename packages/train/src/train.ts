import { squaredLoss } from '@d2l-ts/losses'
import type { Loss, Module, Optimizer } from '@d2l-ts/tensor'
import { type Batches, evaluateLoss } from './evaluate-loss.js'
import { type History, type RunOptions, runTraining } from './run-training.js'
import { trainStep } from './train-step.js'

/** Options of {@link train}. */
export interface TrainOptions extends Omit<RunOptions, 'validate'> {
  /** The optimiser that updates `model.parameters()`. */
  optimizer: Optimizer
  /** The loss to minimise; its mean over each minibatch is differentiated. Default `squaredLoss`. */
  loss?: Loss
  /** Minibatches to compute a validation loss on after every epoch. */
  validation?: Batches
}

/**
 * Trains any {@link Module} by minibatch gradient descent: for every epoch and every `[X, y]` batch
 * of `data`, differentiates the batch's mean loss with respect to `model.parameters()` and hands the
 * gradients to `optimizer.step`. Memory stays flat: each step's tensors are disposed.
 *
 * `data` must yield batches again on every pass (a `DataLoader` from `@d2l-ts/data` reshuffles each
 * epoch; an array works too); a one-shot generator is refused at its second epoch.
 *
 * @throws {DivergenceError} when a minibatch loss, or the parameters an update would give, become
 *   NaN or ±Infinity, naming the epoch and step. The model keeps its last finite parameters.
 * @throws {ValueError} when `epochs` is not an integer >= 1 or an epoch yields no batches.
 * @example
 * ```ts
 * import { loadArray, syntheticData } from '@d2l-ts/data'
 * import { LinearRegression } from '@d2l-ts/models-linear'
 * import { SGD } from '@d2l-ts/optim-sgd'
 * import { train } from '@d2l-ts/train'
 * const { X, y } = syntheticData([2, -3.4], 4.2, 1000, { seed: 0 })
 * const model = new LinearRegression({ inputs: 2, seed: 0 })
 * const history = await train(model, loadArray([X, y], 10, { seed: 0 }), {
 *   optimizer: new SGD(model.parameters(), { lr: 0.03 }),
 *   epochs: 3,
 * })
 * history.loss // three falling numbers, the last about 5e-5
 * ```
 */
export function train(model: Module, data: Batches, options: TrainOptions): Promise<History> {
  const { optimizer, loss = squaredLoss, validation, ...run } = options
  return runTraining(
    () => data,
    { step: (batch) => trainStep(model, batch, { optimizer, loss }) },
    {
      ...run,
      ...(validation ? { validate: () => evaluateLoss(model, validation, loss) } : {}),
    },
  )
}
