import {
  assertInteger,
  assertPositive,
  describeValue,
  type Loss,
  type Optimizer,
  type Tensor,
  ValueError,
} from '@d2l-ts/tensor'
import type { ProgressStream } from './progress-bar.js'
import type { RunOptions } from './run-training.js'

/** Options of {@link fit}, and of every model's `fit(X, y, options)` built on it. */
export interface FitOptions
  extends Pick<RunOptions, 'onBatch' | 'onEpoch' | 'signal' | 'progress'> {
  /** Passes over the data, an integer >= 1. Default: the model's (3 for linear regression, as in 3.2). */
  epochs?: number
  /** Minibatch size, an integer in [1, n]. Default: the model's (10 for linear regression), at most n. */
  batchSize?: number
  /** Learning rate of the default SGD optimiser, a finite number > 0. Ignored when `optimizer` is given. */
  lr?: number
  /** The loss whose minibatch mean is minimised. Default: the model's (`squaredLoss` for linear regression). */
  loss?: Loss
  /** An optimiser over `model.parameters()`. Default `new SGD(model.parameters(), { lr })`, disposed after the run. */
  optimizer?: Optimizer
  /** Seeds the minibatch order, an integer. Default: the model's seed. */
  seed?: number
  /** Visit the examples in a new random order every epoch. Default true. */
  shuffle?: boolean
  /** Leave out the last, smaller minibatch of every epoch. Default false. */
  dropLast?: boolean
  /** Held-out `[X, y]` whose loss is reported after every epoch (`history.validationLoss`). */
  validation?: readonly [Tensor, Tensor]
}

/** What a model's `fit` uses where the caller gives nothing. */
export interface FitDefaults {
  epochs: number
  /** Used as is, or n when the data has fewer rows. */
  batchSize: number
  lr: number
  loss: Loss
}

/** {@link FitOptions} after checking: every default filled in. */
export type CheckedFitOptions = Omit<FitOptions, keyof FitDefaults | 'shuffle' | 'dropLast'> &
  FitDefaults & { shuffle: boolean; dropLast: boolean }

const OPTION_NAMES = [
  'epochs',
  'batchSize',
  'lr',
  'loss',
  'optimizer',
  'seed',
  'shuffle',
  'dropLast',
  'validation',
  'onBatch',
  'onEpoch',
  'signal',
  'progress',
] as const

/**
 * Checks every option of a fit once, at the public boundary, naming each as the caller wrote it
 * (`options.seed`, `options.validation`), whichever path the fit then takes.
 *
 * @param rows the number of training examples n, the upper bound of the batch size.
 * @param extra option names that the model adds and checks itself (such as `fastPath`).
 * @throws {ValueError} naming the first option that is malformed, or unknown.
 */
export function checkFitOptions(
  options: unknown,
  rows: number,
  defaults: FitDefaults,
  extra: readonly string[] = [],
): CheckedFitOptions {
  if (options === undefined) options = {}
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new ValueError({
      argument: 'options',
      expected: 'an options object',
      received: describeValue(options),
    })
  }
  const given = options as FitOptions & Record<string, unknown>
  const known = new Set<string>([...OPTION_NAMES, ...extra])
  for (const key of Object.keys(given)) {
    if (!known.has(key) && given[key] !== undefined) {
      throw new ValueError({
        argument: `options.${key}`,
        expected: `one of the options ${[...known].join(', ')}`,
        received: 'an unknown option',
      })
    }
  }
  const {
    epochs = defaults.epochs,
    batchSize = Math.min(defaults.batchSize, rows),
    lr = defaults.lr,
    loss = defaults.loss,
    shuffle = true,
    dropLast = false,
  } = given
  assertInteger('options.epochs', epochs, { min: 1 })
  assertInteger('options.batchSize', batchSize, { min: 1, max: rows })
  assertPositive('options.lr', lr)
  demand('options.loss', loss, typeof loss === 'function', 'a loss function (yHat, y) => Tensor')
  if (given.optimizer !== undefined) {
    const { optimizer } = given
    const ok =
      typeof optimizer === 'object' && optimizer !== null && typeof optimizer.step === 'function'
    demand('options.optimizer', optimizer, ok, 'an optimizer with a step(grads) method')
  }
  if (given.seed !== undefined) assertInteger('options.seed', given.seed)
  demand('options.shuffle', shuffle, typeof shuffle === 'boolean', 'true or false')
  demand('options.dropLast', dropLast, typeof dropLast === 'boolean', 'true or false')
  if (given.validation !== undefined) {
    const { validation } = given
    const pair = Array.isArray(validation) && validation.length === 2
    demand('options.validation', validation, pair, 'a pair [X, y] of held-out data')
  }
  for (const name of ['onBatch', 'onEpoch'] as const) {
    const callback = given[name]
    if (callback !== undefined) {
      demand(`options.${name}`, callback, typeof callback === 'function', 'a function')
    }
  }
  if (given.signal !== undefined) {
    const { signal } = given
    // `in`, not a read: reading `aborted` is the loop's business.
    const ok = typeof signal === 'object' && signal !== null && 'aborted' in signal
    demand('options.signal', signal, ok, 'an AbortSignal')
  }
  if (given.progress !== undefined) {
    const { progress } = given
    const ok =
      typeof progress === 'boolean' ||
      (typeof progress === 'object' &&
        progress !== null &&
        typeof (progress as ProgressStream).write === 'function')
    demand('options.progress', progress, ok, 'true, false or a stream with write()')
  }
  return { ...given, epochs, batchSize, lr, loss, shuffle, dropLast }
}

function demand(argument: string, value: unknown, ok: boolean, expected: string): void {
  if (!ok) throw new ValueError({ argument, expected, received: describeValue(value) })
}
