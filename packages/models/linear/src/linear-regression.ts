import { Linear } from '@d2l-ts/nn'
import {
  assertFinite,
  assertSameRows,
  assertShape,
  borrowValues,
  describeValue,
  type Module,
  reshape,
  type Tensor,
  type Tensor2D,
  tensor1d,
  tensor2d,
  tidy,
  ValueError,
  type Variable,
} from '@d2l-ts/tensor'
import {
  type DataNames,
  fit,
  type History,
  type FitOptions as TrainFitOptions,
} from '@d2l-ts/train'
import { fusedStepper } from './fused-sgd.js'
import { RankDeficientError } from './gram-factor.js'
import { leastSquares } from './least-squares.js'
import {
  LINEAR_REGRESSION_FORMAT,
  LINEAR_REGRESSION_VERSION,
  type LinearRegressionJSON,
  parseModelJSON,
} from './model-json.js'

/** Options of the {@link LinearRegression} constructor. */
export interface LinearRegressionOptions {
  /** Number of features d, an integer >= 1. */
  inputs: number
  /** Number of outputs q, an integer >= 1. Default 1. */
  outputs?: number
  /** Seeds the initial weights, and the minibatch order of `fit` unless it is given its own seed. */
  seed?: number
  /** Standard deviation of the initial weights, drawn from N(0, initStd²); biases start at 0. Default 0.01, as in 3.2. */
  initStd?: number
}

/**
 * Options of {@link LinearRegression.fit}: those of `fit` from `@d2l-ts/train` (defaults as in 3.2
 * and 3.3: 3 epochs, batch size 10, lr 0.03, `squaredLoss` — pass `mseLoss` for 3.3's
 * `nn.MSELoss`), and the choice of path.
 */
export interface FitOptions extends TrainFitOptions {
  /**
   * Take the steps with the fused typed-array SGD where it applies (default true): the default
   * optimiser, the squared loss or MSE, and data that the backend lends in place (cpu, wasm). It
   * visits the same minibatches in the same order as the autograd step and gives its results to
   * float rounding, many times faster; `false` forces the autograd step.
   */
  fastPath?: boolean
}

/** Options of {@link LinearRegression.fitClosedForm}. */
export interface ClosedFormOptions {
  /** L2 penalty λ on the weights (not the bias): minimises ‖y − Xw − b‖² + λ‖w‖². Default 0. */
  ridge?: number
  /**
   * Sum XᵀX with WebAssembly SIMD in float32 and refine the answer in float64 (default true), or,
   * with `false`, accumulate everything in float64 in JavaScript. Both give the float64 solution;
   * the first is about six times faster and is used only where WebAssembly SIMD is available.
   */
  fastPath?: boolean
}

/** The learned parameters as plain numbers. */
export interface LinearWeights {
  /** `inputs` rows of `outputs` weights. */
  w: number[][]
  /** `outputs` biases. */
  b: number[]
}

/** The model's size. */
export interface LinearRegressionSummary {
  inputs: number
  outputs: number
  /** inputs · outputs weights + outputs biases. */
  parameters: number
}

/**
 * Linear regression, the one-layer network of 3.1.4: `ŷ = Xw + b` with w of shape [inputs, outputs].
 * Train it by minibatch SGD with {@link LinearRegression.fit}, as in 3.2–3.3, or solve it exactly
 * with {@link LinearRegression.fitClosedForm}, the analytic solution of 3.1.1.
 *
 * @example
 * ```ts
 * import { syntheticData } from '@d2l-ts/data'
 * import { LinearRegression } from '@d2l-ts/models-linear'
 * const { X, y } = syntheticData([2, -3.4], 4.2, 1000, { seed: 0 })
 * const model = new LinearRegression({ inputs: 2, seed: 0 })
 * await model.fit(X, y, { epochs: 3, batchSize: 10, lr: 0.03 })
 * model.weights() // { w: [[≈2], [≈-3.4]], b: [≈4.2] }
 * ```
 */
export class LinearRegression implements Module {
  readonly inputs: number
  readonly outputs: number
  /** The affine map ŷ = Xw + b: the book's linear layer. */
  readonly #layer: Linear
  readonly #seed: number | undefined

  constructor({ inputs, outputs = 1, seed, initStd = 0.01 }: LinearRegressionOptions) {
    this.#layer = new Linear({ inputs, outputs, seed, initStd })
    this.inputs = inputs
    this.outputs = outputs
    this.#seed = seed
  }

  /** Weights, [inputs, outputs]. */
  get w(): Variable {
    return this.#layer.weight
  }

  /** Biases, [outputs]. */
  get b(): Variable {
    return this.#layer.bias
  }

  /** The trainable variables: `[w, b]`. */
  parameters(): Variable[] {
    return this.#layer.parameters()
  }

  /**
   * ŷ = Xw + b for a batch X of shape [n, inputs]; returns [n, outputs].
   * @throws {ShapeError} when X is not [n, inputs].
   */
  forward(X: Tensor): Tensor {
    return this.#layer.forward(X)
  }

  /**
   * Predictions for new examples: a tensor for a tensor, plain numbers for plain numbers.
   * @throws {ShapeError} when X does not have `inputs` columns; {@link ValueError} for non-numbers.
   */
  predict(X: Tensor): Tensor
  predict(X: readonly (readonly number[])[]): number[][]
  predict(X: Tensor | readonly (readonly number[])[]): Tensor | number[][] {
    if (!Array.isArray(X)) return this.forward(X as Tensor)
    const rows = toTensor2d('X', X as readonly (readonly number[])[], this.inputs)
    const result = tidy(() => this.forward(rows).arraySync() as number[][])
    rows.dispose()
    return result
  }

  /**
   * Trains by minibatch SGD (or `options.optimizer`) through `fit` from `@d2l-ts/train`, as in 3.2
   * and 3.3: every option is checked first, the same way on either path; the steps are the fused
   * typed-array SGD where it applies (see {@link FitOptions.fastPath}), the autograd step otherwise.
   * The caller's X and y are read, never changed or disposed.
   *
   * @returns the training history: loss per epoch, validation loss, seconds.
   * @throws {ShapeError} when X is not [n, inputs] or y has not n rows of `outputs` labels.
   * @throws {ValueError} for NaN or ±Infinity in X or y, empty data, a batch size outside [1, n],
   *   a learning rate <= 0, fewer than 1 epoch, or any other malformed option, named as given.
   * @throws {DivergenceError} when the loss, or the weights an update would give, become
   *   non-finite (a learning rate too large); the model keeps its last finite weights.
   */
  async fit(X: Tensor, y: Tensor, options: FitOptions = {}): Promise<History> {
    const fastPath = options?.fastPath ?? true
    if (typeof fastPath !== 'boolean') {
      throw new ValueError({
        argument: 'options.fastPath',
        expected: 'true or false',
        received: describeValue(fastPath),
      })
    }
    return fit(this, X, y, options, {
      ...(this.#seed === undefined ? {} : { seed: this.#seed }),
      checkData: (X, y, names) => this.#checkData(X, y, names),
      extraOptions: ['fastPath'],
      ...(fastPath ? { fastStepper: (problem) => fusedStepper(this, problem) } : {}),
    })
  }

  /**
   * Sets w and b to the least-squares solution (3.1.1's analytic solution), to float64 accuracy:
   * the data are centred, XᵀX and Xᵀy accumulated (in float32 WebAssembly SIMD blocks with float64
   * totals, then refined by float64 passes over the data; or in float64 throughout), scaled to unit
   * diagonal and solved by a pivoted Cholesky factorisation. Without `ridge`, linearly dependent
   * columns (a duplicated feature, a constant one, one that is a sum of others) are an error that
   * names them; with `ridge > 0` the penalised problem always has a unique solution.
   *
   * @returns the new weights.
   * @throws {ValueError} naming the dependent columns, or for too few rows, non-finite data or a
   *   negative ridge.
   * @throws {ShapeError} when X is not [n, inputs] or y has not n rows of `outputs` labels.
   * @example
   * ```ts
   * import { LinearRegression } from '@d2l-ts/models-linear'
   * import { tensor2d } from '@d2l-ts/tensor'
   * const model = new LinearRegression({ inputs: 1 })
   * model.fitClosedForm(tensor2d([[0], [1], [2]]), tensor2d([[1], [3], [5]])) // { w: [[2]], b: [1] }
   * ```
   */
  fitClosedForm(
    X: Tensor,
    y: Tensor,
    { ridge = 0, fastPath = true }: ClosedFormOptions = {},
  ): LinearWeights {
    if (!(typeof ridge === 'number' && Number.isFinite(ridge) && ridge >= 0)) {
      throw new ValueError({
        argument: 'options.ridge',
        expected: 'a finite number >= 0',
        received: describeValue(ridge),
      })
    }
    const labels = this.#checkData(X, y)
    const n = X.shape[0] as number
    try {
      if (ridge === 0 && n < this.inputs + 1) {
        throw new ValueError({
          argument: 'X',
          expected: `at least ${this.inputs + 1} rows (inputs + 1) for a unique solution, or options.ridge > 0`,
          received: `${n} rows`,
        })
      }
      const { coefficients, intercept } = solve(
        // Borrowed, not copied: nothing between here and the solution runs a tensor operation.
        { rows: n, cols: this.inputs, data: borrowValues(X) as Float32Array },
        { rows: n, cols: this.outputs, data: borrowValues(labels) as Float32Array },
        { ridge, fastPath },
      )
      tidy(() => {
        this.w.assign(tensor2d(Float32Array.from(coefficients), [this.inputs, this.outputs]))
        this.b.assign(tensor1d(Float32Array.from(intercept)))
      })
    } finally {
      if (labels !== y) labels.dispose()
    }
    return this.weights()
  }

  /** w and b as plain numbers. */
  weights(): LinearWeights {
    return { w: this.w.arraySync() as number[][], b: Array.from(this.b.dataSync()) }
  }

  /** The model's shape and parameter count. */
  summary(): LinearRegressionSummary {
    return {
      inputs: this.inputs,
      outputs: this.outputs,
      parameters: this.inputs * this.outputs + this.outputs,
    }
  }

  /** The model as versioned JSON; `LinearRegression.fromJSON` reads it back. */
  toJSON(): LinearRegressionJSON {
    const { w, b } = this.weights()
    return {
      format: LINEAR_REGRESSION_FORMAT,
      version: LINEAR_REGRESSION_VERSION,
      inputs: this.inputs,
      outputs: this.outputs,
      w,
      b,
    }
  }

  /**
   * A model from `toJSON()` output (an object, or its JSON text).
   * @throws {ValueError} naming the first missing or malformed field, or an unknown version.
   */
  static fromJSON(json: unknown): LinearRegression {
    const { inputs, outputs, w, b } = parseModelJSON(json)
    const model = new LinearRegression({ inputs, outputs, initStd: 0 })
    tidy(() => {
      model.w.assign(tensor2d(w, [inputs, outputs]))
      model.b.assign(tensor1d(b))
    })
    return model
  }

  /** Frees the model's variables. */
  dispose(): void {
    this.#layer.dispose()
  }

  /** Validates X and y, and returns y as [n, outputs] (a new tensor only when it had to be reshaped). */
  #checkData(X: Tensor, y: Tensor, names: DataNames = { X: 'X', y: 'y' }): Tensor {
    assertShape(names.X, X, [null, this.inputs])
    if ((X.shape[0] ?? 0) === 0) {
      throw new ValueError({
        argument: names.X,
        expected: 'at least one example',
        received: 'none',
      })
    }
    assertSameRows(names.X, X, names.y, y)
    const column = this.outputs === 1 && y.shape.length === 1
    if (!column) assertShape(names.y, y, [null, this.outputs])
    assertFinite(names.X, X)
    assertFinite(names.y, y)
    return column ? reshape(y, [y.shape[0] as number, 1]) : y
  }
}

/** Least squares, with linear dependence turned into an error that names the columns. */
function solve(...args: Parameters<typeof leastSquares>) {
  try {
    return leastSquares(...args)
  } catch (error) {
    if (!(error instanceof RankDeficientError)) throw error
    const { column, combinationOf } = error.deficiency
    const what =
      combinationOf.length === 0
        ? `column ${column} is constant, which the bias already models`
        : `column ${column} is a linear combination of column${combinationOf.length > 1 ? 's' : ''} ${combinationOf.join(', ')}`
    throw new ValueError(
      {
        argument: 'X',
        expected: 'linearly independent columns for the closed-form solution',
        received: what,
      },
      'Remove the column, or pass { ridge: λ } with λ > 0 for a regularised solution',
    )
  }
}

function toTensor2d(
  argument: string,
  rows: readonly (readonly number[])[],
  cols: number,
): Tensor2D {
  rows.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== cols) {
      throw new ValueError({
        argument: `${argument}[${i}]`,
        expected: `an array of ${cols} numbers (one per input)`,
        received: describeValue(row),
      })
    }
  })
  const flat = rows.flat()
  assertFinite(argument, flat)
  return tensor2d(flat, [rows.length, cols])
}
