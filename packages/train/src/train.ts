import { squaredLoss } from '@d2l-ts/losses'
import {
  assertInteger,
  DivergenceError,
  dispose,
  type Loss,
  type Module,
  mean,
  type Optimizer,
  ValueError,
  variableGrads,
} from '@d2l-ts/tensor'
import { Timer } from '@d2l-ts/utils-timer'
import { Accumulator } from './accumulator.js'
import { type Batches, evaluateLoss } from './evaluate-loss.js'
import { ProgressBar, type ProgressStream, terminalStream } from './progress-bar.js'

/** What {@link train} reports after each optimisation step. */
export interface BatchReport {
  /** The epoch, counting from 1. */
  epoch: number
  /** The step within the epoch, counting from 1. */
  step: number
  /** The minibatch's mean loss before the step. */
  loss: number
}

/** What {@link train} reports after each epoch. */
export interface EpochReport {
  /** The epoch, counting from 1. */
  epoch: number
  /** The mean training loss over the epoch's minibatches, weighted by their sizes. */
  loss: number
  /** The loss on the validation data after the epoch, when validation data was given. */
  validationLoss?: number
  /** Wall-clock seconds the epoch took. */
  seconds: number
}

/** Options of {@link train}. */
export interface TrainOptions {
  /** The optimiser that updates `model.parameters()`. */
  optimizer: Optimizer
  /** Number of passes over the data, an integer >= 1. */
  epochs: number
  /** The loss to minimise; its mean over each minibatch is differentiated. Default `squaredLoss`. */
  loss?: Loss
  /** Minibatches to compute a validation loss on after every epoch. */
  validation?: Batches
  /** Called after every step; a returned promise is awaited (to let a page redraw, say). */
  onBatch?: (report: BatchReport) => void | Promise<void>
  /** Called after every epoch; a returned promise is awaited. */
  onEpoch?: (report: EpochReport) => void | Promise<void>
  /** Stops training between two steps when aborted; `train` then resolves with the history so far. */
  signal?: AbortSignal
  /** Draws a progress bar: `true` for the terminal (when stderr is one), or a stream. Default off. */
  progress?: boolean | ProgressStream
}

/** What a training run leaves behind. */
export interface History {
  /** Mean training loss of each completed epoch. */
  loss: number[]
  /** Validation loss after each completed epoch (empty without validation data). */
  validationLoss: number[]
  /** Seconds each completed epoch took. */
  seconds: number[]
  /** True when `signal` stopped the run early. */
  aborted: boolean
}

/**
 * Trains any {@link Module} by minibatch gradient descent: for every epoch and every `[X, y]` batch
 * of `data`, differentiates the batch's mean loss with respect to `model.parameters()` and hands the
 * gradients to `optimizer.step`. Memory stays flat: each step's tensors are disposed.
 *
 * `data` must yield batches again on every pass (a `DataLoader` from `@d2l-ts/data` reshuffles each
 * epoch; an array works too); a one-shot generator is refused at its second epoch.
 *
 * @throws {DivergenceError} when a minibatch loss becomes NaN or ±Infinity, naming the epoch and step.
 *   The model keeps the parameters it had reached.
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
export async function train(model: Module, data: Batches, options: TrainOptions): Promise<History> {
  const { optimizer, epochs, loss = squaredLoss, validation, onBatch, onEpoch, signal } = options
  assertInteger('options.epochs', epochs, { min: 1 })
  const history: History = { loss: [], validationLoss: [], seconds: [], aborted: false }
  const stream = options.progress === true ? terminalStream() : options.progress || undefined
  const bar = stream ? new ProgressBar(epochs, stream) : undefined
  const timer = new Timer()

  try {
    for (let epoch = 1; epoch <= epochs; epoch++) {
      timer.start()
      const metric = new Accumulator(2)
      let step = 0
      for (const [X, y] of data) {
        if (signal?.aborted) {
          history.aborted = true
          return history
        }
        if (!X || !y) {
          throw new ValueError({
            argument: 'data',
            expected: 'batches of [X, y]',
            received: 'a batch without labels',
          })
        }
        step++
        const { value, grads } = variableGrads(
          () => mean(loss(model.forward(X), y)),
          model.parameters(),
        )
        const batchLoss = (await value.data())[0] ?? Number.NaN
        if (!Number.isFinite(batchLoss)) {
          dispose([value, ...Object.values(grads)])
          throw new DivergenceError({ epoch, step, loss: batchLoss })
        }
        optimizer.step(grads)
        dispose([value, ...Object.values(grads)])
        const examples = X.shape[0] ?? 0
        metric.add(batchLoss * examples, examples)
        await onBatch?.({ epoch, step, loss: batchLoss })
      }
      if (step === 0) {
        throw new ValueError({
          argument: 'data',
          expected: `batches in every epoch (a DataLoader or an array, which can be iterated again)`,
          received: `none in epoch ${epoch}${epoch > 1 ? ': a one-shot iterator or generator?' : ''}`,
        })
      }
      const report: EpochReport = {
        epoch,
        loss: metric.get(0) / metric.get(1),
        seconds: timer.stop(),
      }
      history.loss.push(report.loss)
      history.seconds.push(report.seconds)
      if (validation) {
        report.validationLoss = evaluateLoss(model, validation, loss)
        history.validationLoss.push(report.validationLoss)
      }
      bar?.update(epoch, report.loss)
      await onEpoch?.(report)
    }
  } finally {
    bar?.finish()
  }
  return history
}
