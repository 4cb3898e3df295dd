import { crossEntropy } from '@d2l-ts/losses'
import { Linear } from '@d2l-ts/nn'
import {
  argMax,
  assertFinite,
  assertInteger,
  assertShape,
  describeValue,
  type Module,
  type Tensor,
  type Tensor2D,
  tensor1d,
  tensor2d,
  tidy,
  ValueError,
  type Variable,
} from '@d2l-ts/tensor'
import { type DataNames, type FitOptions, fit, type History } from '@d2l-ts/train'
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

/**
 * Options of {@link SoftmaxRegression.fit}: those of `fit` from `@d2l-ts/train`, with 3.6's defaults
 * (10 epochs, batch size 256 or n when there are fewer examples, lr 0.1); the loss is always the
 * cross-entropy.
 */
export type SoftmaxFitOptions = Omit<FitOptions, 'loss'>

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
  /** The affine map O = XW + b (3.4.5): the book's linear layer, one output per class. */
  readonly #linear: Linear
  readonly #seed: number | undefined

  /** @param options the numbers of features and classes, and how to draw the initial weights. */
  constructor({ inputs, classes, seed, initStd = 0.01 }: SoftmaxRegressionOptions) {
    assertInteger('options.classes', classes, { min: 2 })
    this.#linear = new Linear({ inputs, outputs: classes, seed, initStd })
    this.inputs = inputs
    this.classes = classes
    this.#seed = seed
  }

  /** Weights, [inputs, classes]. */
  get W(): Variable {
    return this.#linear.weight
  }

  /** Biases, [classes]. */
  get b(): Variable {
    return this.#linear.bias
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
   * through `fit` from `@d2l-ts/train`, as in 3.6–3.7. The caller's X and y are read, never
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
    return fit(this, X, y, options, {
      defaults: { epochs: 10, batchSize: 256, lr: 0.1, loss: crossEntropy },
      ...(this.#seed === undefined ? {} : { seed: this.#seed }),
      checkData: (X, y, names) => this.#checkData(X, y, names),
    })
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
  #checkData(X: Tensor, y: Tensor, { X: xName, y: yName }: DataNames): Tensor {
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
