import { BatchSchedule, loadArray, type RowRange, type TableBatch } from '@d2l-ts/data'
import { squaredLoss } from '@d2l-ts/losses'
import { SGD } from '@d2l-ts/optim-sgd'
import {
  assertFinite,
  assertSameRows,
  describeValue,
  type Loss,
  type Module,
  type Stepper,
  type Tensor,
  ValueError,
} from '@d2l-ts/tensor'
import { evaluateLoss } from './evaluate-loss.js'
import {
  type CheckedFitOptions,
  checkFitOptions,
  type FitDefaults,
  type FitOptions,
} from './fit-options.js'
import { type History, runTraining } from './run-training.js'
import { trainStep } from './train-step.js'

/** How the arguments holding the data are named in error messages. */
export interface DataNames {
  X: string
  y: string
}

/** What a fast stepper is built for: the run's data and settings, already checked. */
export interface FastStepProblem {
  /** The training features, as the caller passed them. */
  X: Tensor
  /** The labels, in the form `checkData` returned. */
  y: Tensor
  lr: number
  loss: Loss
}

/** What a model tells {@link fit} about itself. */
export interface FitSetup {
  /** Replaces the defaults (3 epochs, batch size 10, lr 0.03, `squaredLoss`: 3.2's settings). */
  defaults?: Partial<FitDefaults>
  /** The minibatch order's seed when `options.seed` is not given (the model's own seed). */
  seed?: number
  /**
   * Checks a pair of data arguments, naming them as given, and returns the labels in the form the
   * loss takes: `y` itself, or a new tensor (a reshaped view, say) that fit disposes. Default: X and
   * y are tensors with as many rows, at least one, all finite.
   */
  checkData?: (X: Tensor, y: Tensor, names: DataNames) => Tensor
  /**
   * A stepper faster than the autograd step for this run (a fused typed-array kernel), or undefined
   * where none applies. Asked only when the caller gave no optimizer. It steps through row ranges
   * of the run's {@link BatchSchedule}, so it visits the same minibatches as the autograd path.
   */
  fastStepper?: (problem: FastStepProblem) => Stepper<RowRange> | undefined
  /**
   * A stepper faster than the autograd step for a table's streamed minibatches (`fitTable`), or
   * undefined where none applies. Asked only when the caller gave no optimizer.
   */
  fastTableStepper?: (problem: { lr: number; loss: Loss }) => Stepper<TableBatch> | undefined
  /** Option names the model adds to {@link FitOptions} and checks itself (such as `fastPath`). */
  extraOptions?: readonly string[]
}

const DEFAULTS: FitDefaults = { epochs: 3, batchSize: 10, lr: 0.03, loss: squaredLoss }

/**
 * Trains a model on arrays of features and labels, the recipe of 3.3 that every model's
 * `fit(X, y, options)` shares: checks the data and every option once (naming them as the caller
 * wrote them), cuts the rows into seeded minibatches ({@link BatchSchedule}), builds the default SGD
 * optimiser, runs {@link runTraining} with the model's fast stepper where it has one and the
 * autograd step ({@link trainStep}) otherwise, reports the validation loss, and disposes everything
 * it made. The caller's tensors are read, never changed or disposed.
 *
 * @returns the training history: loss per epoch, validation loss, seconds, whether it was aborted.
 * @throws {ShapeError} or {@link ValueError} for malformed data or options, before any training.
 * @throws {DivergenceError} when training diverges; the model keeps its last finite parameters.
 * @example
 * ```ts
 * import { syntheticData } from '@d2l-ts/data'
 * import { Linear } from '@d2l-ts/nn'
 * import { fit } from '@d2l-ts/train'
 * const { X, y } = syntheticData([2, -3.4], 4.2, 1000, { seed: 0 })
 * const net = new Linear({ inputs: 2, outputs: 1, seed: 0 })
 * const history = await fit(net, X, y, { epochs: 3, batchSize: 10, lr: 0.03, seed: 0 })
 * history.loss.length // 3, the last about 5e-5
 * ```
 */
export async function fit(
  model: Module,
  X: Tensor,
  y: Tensor,
  options: FitOptions = {},
  setup: FitSetup = {},
): Promise<History> {
  const checkData = setup.checkData ?? checkPair
  const labels = checkData(X, y, { X: 'X', y: 'y' })
  const made: Tensor[] = labels === y ? [] : [labels]
  try {
    const rows = X.shape[0] as number
    const o = checkFitOptions(options, rows, fitDefaults(setup), setup.extraOptions)
    const validation = checkValidation(o, checkData, made)
    const order = batchOrder(o, setup)
    const fast = o.optimizer
      ? undefined
      : setup.fastStepper?.({ X, y: labels, lr: o.lr, loss: o.loss })
    if (fast) {
      const schedule = new BatchSchedule(rows, o.batchSize, order)
      return await runFit(model, o, validation, {
        fast: { stepper: fast, batches: (epoch) => schedule.epoch(epoch) },
      })
    }
    const loader = loadArray([X, labels], o.batchSize, order)
    return await runFit(model, o, validation, { tensors: () => loader })
  } finally {
    for (const t of made) t.dispose()
  }
}

/** How a checked fit steps: a model's fast stepper over its own batches, or autograd over tensors. */
export type FitPath<Fast> =
  | {
      /** The model's fast stepper and the batches it steps through. */
      fast: {
        stepper: Stepper<Fast>
        batches: (epoch: number) => Iterable<Fast> | AsyncIterable<Fast>
      }
    }
  | {
      /** Minibatches of `[X, y]` tensors for the autograd step ({@link trainStep}). */
      tensors: (epoch: number) => Iterable<readonly Tensor[]> | AsyncIterable<readonly Tensor[]>
    }

/**
 * Runs a fit whose options are checked: the fast stepper where there is one, otherwise the autograd
 * step with the caller's optimiser or a default SGD (disposed after the run); the validation loss
 * after every epoch. Shared by {@link fit} and `fitTable`.
 */
export async function runFit<Fast>(
  model: Module,
  o: CheckedFitOptions,
  validation: [Tensor, Tensor][] | undefined,
  path: FitPath<Fast>,
): Promise<History> {
  const { epochs, lr, loss, onBatch, onEpoch, signal, progress } = o
  const validate = validation && (() => evaluateLoss(model, validation, loss))
  const run = { epochs, onBatch, onEpoch, signal, progress, validate }
  if ('fast' in path) return runTraining(path.fast.batches, path.fast.stepper, run)
  const optimizer = o.optimizer ?? new SGD(model.parameters(), { lr })
  try {
    return await runTraining(
      path.tensors,
      { step: (batch) => trainStep(model, batch, { optimizer, loss }) },
      run,
    )
  } finally {
    if (optimizer instanceof SGD && optimizer !== o.optimizer) optimizer.dispose()
  }
}

/** The defaults of a model's fit: 3.2's settings, or the model's own. */
export function fitDefaults(setup: FitSetup): FitDefaults {
  return { ...DEFAULTS, ...setup.defaults }
}

/** The minibatch order of a checked fit: the caller's seed, else the model's. */
export function batchOrder(o: CheckedFitOptions, setup: FitSetup) {
  const seed = o.seed ?? setup.seed
  return { shuffle: o.shuffle, dropLast: o.dropLast, ...(seed === undefined ? {} : { seed }) }
}

/**
 * The validation pair of a checked fit, checked as the training data is and named as the caller
 * wrote it; labels that the check made anew go into `made`, for the caller to dispose.
 */
export function checkValidation(
  o: CheckedFitOptions,
  checkData: (X: Tensor, y: Tensor, names: DataNames) => Tensor,
  made: Tensor[],
): [Tensor, Tensor][] | undefined {
  if (!o.validation) return undefined
  const [Xv, yv] = o.validation
  const labels = checkData(Xv, yv, { X: 'options.validation[0]', y: 'options.validation[1]' })
  if (labels !== yv) made.push(labels)
  return [[Xv, labels]]
}

/**
 * The checks every pair of training data needs, whatever the model: two tensors with as many rows,
 * at least one, all finite. `fit` applies them when a model gives no `checkData` of its own; a
 * model's own check calls them beside its shape checks.
 *
 * @throws {ValueError} naming the argument for a non-tensor, no rows, or NaN / ±Infinity.
 * @throws {ShapeError} when the row counts differ.
 * @example
 * ```ts
 * import { tensor2d } from '@d2l-ts/tensor'
 * import { checkExamples } from '@d2l-ts/train'
 * checkExamples(tensor2d([[1], [2]]), tensor2d([[3]]), { X: 'X', y: 'y' })
 * // throws ShapeError: y: expected 2 rows, as many as X [2, 1], received 1 rows, shape [1, 1]
 * ```
 */
export function checkExamples(X: Tensor, y: Tensor, names: DataNames): void {
  for (const [name, value] of [
    [names.X, X],
    [names.y, y],
  ] as const) {
    if (!(typeof value === 'object' && value !== null && 'shape' in value && 'dataSync' in value)) {
      throw new ValueError({ argument: name, expected: 'a tensor', received: describeValue(value) })
    }
  }
  if ((X.shape[0] ?? 0) === 0) {
    throw new ValueError({ argument: names.X, expected: 'at least one example', received: 'none' })
  }
  assertSameRows(names.X, X, names.y, y)
  assertFinite(names.X, X)
  assertFinite(names.y, y)
}

/** `fit`'s default data check: {@link checkExamples}, the labels as they are. */
export function checkPair(X: Tensor, y: Tensor, names: DataNames): Tensor {
  checkExamples(X, y, names)
  return y
}
