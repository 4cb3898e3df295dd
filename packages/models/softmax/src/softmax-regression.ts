import { loadArray } from '@d2l-ts/data'
import { crossEntropy } from '@d2l-ts/losses'
import { LinearRegression } from '@d2l-ts/models-linear'
import { SGD } from '@d2l-ts/optim-sgd'
import {
  argMax,
  assertFinite,
  assertInteger,
  assertShape,
  describeValue,
  type Module,
  type Optimizer,
  type Tensor,
  type Tensor2D,
  tensor1d,
  tensor2d,
  tidy,
  ValueError,
  type Variable,
} from '@d2l-ts/tensor'
import { type History, type TrainOptions, train } from '@d2l-ts/train'
import { checkLabels } from './labels.js'
import { softmax } from './softmax.js'

/** Options of the {@link SoftmaxRegression} constructor. */
export interface SoftmaxRegressionOptions {
  /** Number of features d, an integer >= 1 (784 for Fashion-MNIST's 28 × 28 pixels, 4 for iris). */
  inputs: number
  /** Number of classes q, an integer >= 2. */
  classes: number
  /** Seeds the initial weights, and the minibatch order of `fit` unless it is given its own seed. */
  seed?: number
  /** Standard deviation of the initial weights, drawn from N(0, initStd²); biases start at 0. Default 0.01, as in 3.6. */
  initStd?: number
}

/** Options of {@link SoftmaxRegression.fit}. */
export interface SoftmaxFitOptions
  extends Pick<TrainOptions, 'onBatch' | 'onEpoch' | 'signal' | 'progress'> {
  /** Passes over the data. Default 10, as in 3.6. */
  epochs?: number
  /** Minibatch size, an integer in [1, n]. Default 256 as in 3.6, or n when there are fewer examples. */
  batchSize?: number
  /** Learning rate of the default SGD optimiser. Default 0.1, as in 3.6 and 3.7. Ignored when `optimizer` is given. */
  lr?: number
  /** An optimiser over `model.parameters()`. Default `new SGD(model.parameters(), { lr })`. */
  optimizer?: Optimizer
  /** Seeds the minibatch order. Default: the model's seed. */
  seed?: number
  /** Visit the examples in a new random order every epoch. Default true. */
  shuffle?: boolean
  /** Held-out `[X, y]` whose cross-entropy is reported after every epoch (`history.validationLoss`). */
  validation?: readonly [Tensor, Tensor]
}

/** The learned parameters as plain numbers. */
export interface SoftmaxWeights {
  /** `inputs` rows of `classes` weights. */
  W: number[][]
  /** `classes` biases. */
  b: number[]
}

/**
 * Softmax regression (3.4): a one-layer network with one output per class, O = XW + b (3.4.5), whose
 * outputs become class probabilities through ŷ = softmax(O) (3.4.3). It is trained by minibatch SGD
 * on the cross-entropy (3.4.8), computed from the logits O for numerical stability (3.7), through
 * `train` from `@d2l-ts/train`.
 *
 * `forward` returns the logits O; `predictProba` the probabilities; `predict` the class with the
 * highest score.
 *
 * @example
 * ```ts
 * import { trainTestSplit, standardize } from '@d2l-ts/data'
 * import { accuracy, loadIris, SoftmaxRegression } from '@d2l-ts/models-softmax'
 * const { X, y } = loadIris()
 * const { train: [Xtrain, ytrain], test: [Xtest, ytest] } = trainTestSplit([X, y], { seed: 0 })
 * const { X: Xs, transform } = standardize(Xtrain)
 * const model = new SoftmaxRegression({ inputs: 4, classes: 3, seed: 0 })
 * await model.fit(Xs, ytrain, { epochs: 100, batchSize: 8, lr: 0.5 })
 * accuracy(model.forward(transform(Xtest)), ytest) // ≈ 0.97
 * ```
 */
export class SoftmaxRegression implements Module {
  readonly inputs: number
  readonly classes: number
  readonly #linear: LinearRegression
  readonly #seed: number | undefined

  constructor({ inputs, classes, seed, initStd = 0.01 }: SoftmaxRegressionOptions) {
    assertInteger('options.classes', classes, { min: 2 })
    // The affine map O = XW + b is linear regression with one output per class (3.4.5); the
    // linear model validates inputs and initStd and owns the two variables.
    this.#linear = new LinearRegression({ inputs, outputs: classes, seed, initStd })
    this.inputs = inputs
    this.classes = classes
    this.#seed = seed
  }

  /** Weights, [inputs, classes]. */
  get W(): Variable {
    return this.#linear.w
  }

  /** Biases, [classes]. */
  get b(): Variable {
    return this.#linear.b
  }

  /** The trainable variables: `[W, b]`. */
  parameters(): Variable[] {
    return this.#linear.parameters()
  }

  /**
   * The logits O = XW + b (3.4.5) for a batch X of shape [n, inputs]; returns [n, classes].
   * @throws {ShapeError} when X is not [n, inputs].
   */
  forward(X: Tensor): Tensor {
    return this.#linear.forward(X)
  }

  /**
   * Class probabilities ŷ = softmax(XW + b) (3.4.3): each row is q numbers in (0, 1] that sum to 1.
   * A tensor for a tensor, plain numbers for plain numbers.
   * @throws {ShapeError} when X does not have `inputs` columns; {@link ValueError} for non-numbers.
   */
  predictProba(X: Tensor): Tensor
  predictProba(X: readonly (readonly number[])[]): number[][]
  predictProba(X: Tensor | readonly (readonly number[])[]): Tensor | number[][] {
    if (!Array.isArray(X)) return tidy(() => softmax(this.forward(X as Tensor)))
    const rows = this.#toTensor(X as readonly (readonly number[])[])
    const result = tidy(() => softmax(this.forward(rows)).arraySync() as number[][])
    rows.dispose()
    return result
  }

  /**
   * The predicted class of each example, argmax_j o_j (3.4.1): the largest logit is also the largest
   * probability. An int32 tensor [n] for a tensor, `number[]` for plain numbers.
   * @throws {ShapeError} when X does not have `inputs` columns; {@link ValueError} for non-numbers.
   */
  predict(X: Tensor): Tensor
  predict(X: readonly (readonly number[])[]): number[]
  predict(X: Tensor | readonly (readonly number[])[]): Tensor | number[] {
    if (!Array.isArray(X)) return tidy(() => argMax(this.forward(X as Tensor), 1))
    const rows = this.#toTensor(X as readonly (readonly number[])[])
    const result = tidy(() => Array.from(argMax(this.forward(rows), 1).dataSync()))
    rows.dispose()
    return result
  }

  /**
   * Trains by minibatch SGD (or `options.optimizer`) on the mean cross-entropy of each minibatch,
   * through `train` from `@d2l-ts/train`, as in 3.6–3.7. The caller's X and y are read, never
   * changed or disposed.
   *
   * @param y the class of each example: `[n]` (or `[n, 1]`) whole numbers in [0, classes), int32 or float32.
   * @returns the training history: cross-entropy per epoch, validation loss, seconds.
   * @throws {ShapeError} when X is not [n, inputs] or y does not hold one label per row.
   * @throws {ValueError} for a label outside [0, classes) or not a whole number (naming it and its
   *   index), NaN or ±Infinity in X, empty data, a batch size outside [1, n], `lr` <= 0, fewer than 1 epoch.
   * @throws {DivergenceError} when the loss becomes non-finite (a learning rate too large).
   */
  async fit(X: Tensor, y: Tensor, options: SoftmaxFitOptions = {}): Promise<History> {
    const labels = this.#checkData('X', X, 'y', y)
    const heldOut = options.validation
    const heldOutLabels = heldOut
      ? this.#checkData('options.validation[0]', heldOut[0], 'options.validation[1]', heldOut[1])
      : undefined
    const n = X.shape[0] as number
    const {
      epochs = 10,
      batchSize = Math.min(256, n),
      lr = 0.1,
      seed = this.#seed,
      shuffle = true,
    } = options
    try {
      assertInteger('options.epochs', epochs, { min: 1 })
      assertInteger('batchSize', batchSize, { min: 1, max: n })
      const optimizer = options.optimizer ?? new SGD(this.parameters(), { lr })
      const validation = heldOut && heldOutLabels ? [[heldOut[0], heldOutLabels] as const] : []
      try {
        const data = loadArray([X, labels], batchSize, {
          shuffle,
          ...(seed === undefined ? {} : { seed }),
        })
        return await train(this, data, {
          epochs,
          optimizer,
          loss: crossEntropy,
          ...pick(options, ['onBatch', 'onEpoch', 'signal', 'progress']),
          ...(heldOut ? { validation } : {}),
        })
      } finally {
        if (!options.optimizer) (optimizer as SGD).dispose()
      }
    } finally {
      labels.dispose()
      heldOutLabels?.dispose()
    }
  }

  /** W and b as plain numbers. */
  weights(): SoftmaxWeights {
    return { W: this.W.arraySync() as number[][], b: Array.from(this.b.dataSync()) }
  }

  /** Frees the model's variables. */
  dispose(): void {
    this.#linear.dispose()
  }

  /** Validates X and the labels, and returns the labels as a new int32 `[n]` tensor. */
  #checkData(xName: string, X: Tensor, yName: string, y: Tensor): Tensor {
    assertShape(xName, X, [null, this.inputs])
    if ((X.shape[0] ?? 0) === 0) {
      throw new ValueError({ argument: xName, expected: 'at least one example', received: 'none' })
    }
    const labels = checkLabels(yName, y, { name: xName, shape: X.shape }, this.classes)
    assertFinite(xName, X)
    return tensor1d(labels, 'int32')
  }

  #toTensor(rows: readonly (readonly number[])[]): Tensor2D {
    rows.forEach((row, i) => {
      if (!Array.isArray(row) || row.length !== this.inputs) {
        throw new ValueError({
          argument: `X[${i}]`,
          expected: `an array of ${this.inputs} numbers (one per input)`,
          received: describeValue(row),
        })
      }
    })
    const flat = rows.flat()
    assertFinite('X', flat)
    return tensor2d(flat, [rows.length, this.inputs])
  }
}

function pick<T extends object, K extends keyof T>(source: T, keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {}
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key]
  return out
}
