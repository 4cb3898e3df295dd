import {
  assertInteger,
  DivergenceError,
  type Stepper,
  type StepResult,
  ValueError,
} from '@d2l-ts/tensor'
import { Timer } from '@d2l-ts/utils-timer'
import { Accumulator } from './accumulator.js'
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

/** The parts of a run that do not depend on how a step is computed. */
export interface RunOptions {
  /** Number of passes over the data, an integer >= 1. */
  epochs: number
  /** The validation loss after an epoch, when there is validation data. */
  validate?: () => number
  /** Called after every step; a returned promise is awaited (to let a page redraw, say). */
  onBatch?: (report: BatchReport) => void | Promise<void>
  /** Called after every epoch; a returned promise is awaited. */
  onEpoch?: (report: EpochReport) => void | Promise<void>
  /** Stops training between two steps when aborted; the run then resolves with the history so far. */
  signal?: AbortSignal
  /** Draws a progress bar: `true` for the terminal (when stderr is one), or a stream. Default off. */
  progress?: boolean | ProgressStream
}

/**
 * The one training loop of d2l-ts: epochs of `stepper.step(batch)` over `batches(epoch)`, with the
 * loss bookkeeping, divergence check, cancellation, callbacks, validation and progress bar that every
 * model shares. {@link train} drives it with the autograd step ({@link trainStep}); a model with a
 * fused kernel drives it with its own {@link Stepper}.
 *
 * The stepper's `sync` runs before every `onBatch`, validation and `onEpoch`, and in a `finally`
 * when the run ends, so an abort, an exception or a divergence leaves the model with the progress
 * made. A non-finite loss, or a step that reports `finiteParameters: false`, is a divergence: the
 * step has left the parameters at their last finite values, and the loop throws.
 *
 * @param batches the minibatches of epoch `epoch` (counting from 1), iterated once per epoch: an
 *   array or a loader, or an async iterable that produces them as they are consumed (a table's
 *   stream).
 * @param options the number of epochs, and the run's callbacks, validation, abort signal and
 *   progress bar.
 * @throws {DivergenceError} naming the epoch and step where training diverged.
 * @throws {ValueError} when `epochs` is not an integer >= 1 or an epoch yields no batches.
 * @example
 * ```ts
 * import { runTraining } from '@d2l-ts/train'
 * // Gradient descent on f(x) = (x − 3)², one "batch" per epoch
 * let x = 0
 * const history = await runTraining(() => [null], {
 *   step() {
 *     const loss = (x - 3) ** 2
 *     x -= 0.1 * 2 * (x - 3)
 *     return { loss, examples: 1 }
 *   },
 * }, { epochs: 20 })
 * history.loss[19] // ≈ 1e-3, falling geometrically
 * ```
 */
export async function runTraining<Batch>(
  batches: (epoch: number) => Iterable<Batch> | AsyncIterable<Batch>,
  stepper: Stepper<Batch>,
  { epochs, validate, onBatch, onEpoch, signal, progress }: RunOptions,
): Promise<History> {
  assertInteger('options.epochs', epochs, { min: 1 })
  const history: History = { loss: [], validationLoss: [], seconds: [], aborted: false }
  const stream = progress === true ? terminalStream() : progress || undefined
  const bar = stream ? new ProgressBar(epochs, stream) : undefined
  const timer = new Timer()
  const sync = () => stepper.sync?.()

  try {
    for (let epoch = 1; epoch <= epochs; epoch++) {
      timer.start()
      const metric = new Accumulator(2)
      let steps = 0
      const iterator = iterate(batches(epoch))
      try {
        while (true) {
          const pending = iterator.next()
          // Awaited only when the source is async: a sync source's steps take no extra tick.
          const next = pending instanceof Promise ? await pending : pending
          if (next.done) break
          if (signal?.aborted) {
            history.aborted = true
            return history
          }
          steps++
          const result = await stepper.step(next.value)
          checkFinite(result, epoch, steps)
          metric.add(result.loss * result.examples, result.examples)
          if (onBatch) {
            sync()
            await onBatch({ epoch, step: steps, loss: result.loss })
          }
        }
      } finally {
        // An early end (abort, divergence, an exception) closes the source: a table's stream, say.
        await iterator.return?.()
      }
      if (steps === 0) {
        throw new ValueError({
          argument: 'data',
          expected:
            'batches in every epoch (a DataLoader or an array, which can be iterated again)',
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
      sync()
      if (validate) {
        report.validationLoss = validate()
        history.validationLoss.push(report.validationLoss)
      }
      bar?.update(epoch, report.loss)
      if (onEpoch) await onEpoch(report)
    }
  } finally {
    sync()
    bar?.finish()
  }
  return history
}

/** The iterator of a sync or an async source. */
function iterate<Batch>(
  source: Iterable<Batch> | AsyncIterable<Batch>,
): Iterator<Batch> | AsyncIterator<Batch> {
  return Symbol.asyncIterator in source
    ? source[Symbol.asyncIterator]()
    : (source as Iterable<Batch>)[Symbol.iterator]()
}

function checkFinite({ loss, finiteParameters = true }: StepResult, epoch: number, step: number) {
  if (!Number.isFinite(loss)) throw new DivergenceError({ epoch, step, loss })
  if (!finiteParameters) throw new DivergenceError({ epoch, step, loss, nonFinite: 'parameters' })
}
