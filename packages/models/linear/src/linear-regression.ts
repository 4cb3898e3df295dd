import { DataTable } from '@d2l-ts/data'
import { Linear } from '@d2l-ts/nn'
import {
  assertShape,
  describeValue,
  type Module,
  reshape,
  Tensor,
  tensor1d,
  tensor2d,
  tidy,
  ValueError,
  type Variable,
} from '@d2l-ts/tensor'
import {
  checkExamples,
  type DataNames,
  fit,
  fitTable,
  type History,
  type FitOptions as TrainFitOptions,
  type TableFitOptions as TrainTableFitOptions,
} from '@d2l-ts/train'
import { ClosedFormSolution } from './closed-form-solution.js'
import { dependentColumnsError } from './dependent-columns-error.js'
import { fusedStepper, fusedTableStepper } from './fused-sgd.js'
import { RankDeficientError } from './gram-factor.js'
import { leastSquares } from './least-squares.js'
import type { LeastSquaresMethod } from './least-squares-fit.js'
import { type LabelInput, type MatrixInput, readLabels, readMatrix } from './matrix-input.js'
import {
  LINEAR_REGRESSION_FORMAT,
  LINEAR_REGRESSION_VERSION,
  type LinearRegressionJSON,
  parseModelJSON,
} from './model-json.js'
import { checkRidge, checkSwitch, checkTableColumns } from './option-checks.js'
import { type RegressionStatistics, totalSumOfSquares } from './regression-inference.js'
import { type TableClosedFormOptions, tableClosedForm } from './table-closed-form.js'

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

/** Options of {@link LinearRegression.fit} on a table: `fitTable`'s, and the choice of path. */
export interface TableFitOptions extends TrainTableFitOptions {
  /** As in {@link FitOptions.fastPath}: the fused SGD on the streamed batches (default true). */
  fastPath?: boolean
}

/** Options of {@link LinearRegression.fitClosedForm}. */
export interface ClosedFormOptions {
  /** L2 penalty λ on the weights (not the bias): minimises ‖y − Xw − b‖² + λ‖w‖². Default 0. */
  ridge?: number
  /** Fit the bias b (default true); `false` fits y ≈ Xw through the origin and keeps b = 0. */
  intercept?: boolean
  /** Names of X's columns for `summary()` (a CSV's `featureNames`, say). Default `x1`, `x2`, …. */
  featureNames?: readonly string[]
  /**
   * Allow the WebAssembly SIMD Gram path for large, well-conditioned float32 (tensor) data
   * (default true); `false` always solves by QR. Both give the float64 solution; where the Gram
   * path applies it is many times faster (see `leastSquares` for the rule).
   */
  fastPath?: boolean
}

/** Options of {@link LinearRegression.summary}. */
export interface SummaryOptions {
  /** Confidence level of the intervals, in (0, 1). Default 0.95. */
  level?: number
}

/** Options of {@link LinearRegression.predict} for intervals. */
export interface PredictOptions {
  /** `'confidence'`: for the mean response E[y | x]; `'prediction'`: for a new observation y. */
  interval: 'confidence' | 'prediction'
  /** Confidence level, in (0, 1). Default 0.95. */
  level?: number
}

/** Predictions with intervals, each `n` rows of `outputs` numbers. */
export interface PredictionIntervals {
  prediction: number[][]
  lower: number[][]
  upper: number[][]
  interval: 'confidence' | 'prediction'
  level: number
}

/** The learned parameters as plain numbers. */
export interface LinearWeights {
  /** `inputs` rows of `outputs` weights. */
  w: number[][]
  /** `outputs` biases. */
  b: number[]
}

/** The model's size and, after {@link LinearRegression.fitClosedForm}, its statistics. */
export interface LinearRegressionSummary extends Partial<RegressionStatistics> {
  inputs: number
  outputs: number
  /** inputs · outputs weights + outputs biases. */
  parameters: number
  /**
   * After a closed-form fit without ridge: one set of statistics per output. With one output, its
   * fields (`terms`, `rSquared`, …) are also on the summary itself.
   */
  regressions?: RegressionStatistics[]
  /** The estimated condition number of the design with its columns scaled to unit length. */
  conditionNumber?: number
  /**
   * Which solver answered: `'qr'` or `'gram'` for data in memory (see `leastSquares`), `'pushdown'`
   * or `'tsqr'` for a table (see `tableLeastSquares`).
   */
  method?: LeastSquaresMethod
  /** Why the solver fell back from its usual path (a table's ill-conditioned design, say). */
  note?: string
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
  /** The float64 answer of the last closed-form fit (or of fromJSON), while w and b still hold it. */
  #solution: ClosedFormSolution | undefined

  /** @param options the numbers of features and outputs, and how to draw the initial weights. */
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
   * Predictions for new examples: a tensor for a tensor (float32, as `forward`), plain float64
   * numbers for plain numbers (from the float64 solution after `fitClosedForm`). With
   * `{ interval }`, after a closed-form fit without ridge, also the confidence interval of the mean
   * response or the prediction interval of a new observation, from the t distribution.
   *
   * @throws {ShapeError} when X does not have `inputs` columns; {@link ValueError} for non-numbers,
   *   or for intervals from a model without closed-form statistics.
   * @example
   * ```ts
   * import { LinearRegression } from '@d2l-ts/models-linear'
   * const model = new LinearRegression({ inputs: 1 })
   * model.fitClosedForm([[0], [1], [2], [3]], [1, 3, 4, 7])
   * model.predict([[4]]) // [[8.5]]
   * model.predict([[4]], { interval: 'prediction', level: 0.95 }).lower // [[≈4.475]]
   * ```
   */
  predict(X: Tensor): Tensor
  predict(X: readonly (readonly number[])[]): number[][]
  predict(X: MatrixInput, options: PredictOptions): PredictionIntervals
  predict(
    X: Tensor | readonly (readonly number[])[] | MatrixInput,
    options?: PredictOptions,
  ): Tensor | number[][] | PredictionIntervals {
    if (options === undefined && X instanceof Tensor) return this.forward(X)
    const rows = readMatrix('X', X, this.inputs)
    const solution = this.#currentSolution()
    if (options !== undefined) {
      const statistics = solution?.hasInference ? solution : undefined
      if (!statistics) {
        throw new ValueError({
          argument: 'options.interval',
          expected: 'a model fitted by fitClosedForm without ridge (intervals need its statistics)',
          received: describeValue(options.interval),
        })
      }
      return statistics.intervals(rows, options)
    }
    if (solution) return solution.predict(rows)
    const input = tensor2d(Float32Array.from(rows.data), [rows.rows, this.inputs])
    const result = tidy(() => this.forward(input).arraySync() as number[][])
    input.dispose()
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
  async fit(X: Tensor, y: Tensor, options?: FitOptions): Promise<History>
  /**
   * Trains by minibatch SGD on a table's rows (a Parquet or CSV file larger than memory, a
   * PostgreSQL or ClickHouse query: see `openTable` in `@d2l-ts/data`) through `fitTable` from
   * `@d2l-ts/train`, in bounded memory: every epoch streams the table once through a seeded shuffle
   * buffer of `shuffleBuffer` rows (`TableBatches` says what it mixes), and the fused typed-array SGD
   * steps on the streamed batches where it applies (`fastPath`), the autograd step otherwise.
   * Progress callbacks, `signal`, validation and divergence work as in memory.
   *
   * @throws {ValueError} for malformed options, a feature count that is not `inputs`, a model with
   *   several outputs, unknown columns (listed), bad values under `invalid: 'error'`, no valid rows.
   * @throws {DivergenceError} when training diverges; the model keeps its last finite weights.
   * @example
   * ```ts
   * import { openTable } from '@d2l-ts/data'
   * import { LinearRegression } from '@d2l-ts/models-linear'
   * await using table = await openTable('measurements.parquet')
   * const model = new LinearRegression({ inputs: 2, seed: 0 })
   * await model.fit(table, { features: ['a', 'b'], target: 'y', epochs: 2, batchSize: 256, lr: 0.03 })
   * ```
   */
  async fit(table: DataTable, options: TableFitOptions): Promise<History>
  async fit(
    X: Tensor | DataTable,
    y?: Tensor | TableFitOptions,
    options?: FitOptions,
  ): Promise<History> {
    if (X instanceof DataTable) return this.#fitTable(X, y as TableFitOptions)
    const given = options ?? {}
    const fastPath = checkSwitch('options.fastPath', given.fastPath ?? true)
    return fit(this, X, y as Tensor, given, {
      ...(this.#seed === undefined ? {} : { seed: this.#seed }),
      checkData: (X, y, names) => this.#checkData(X, y, names),
      extraOptions: ['fastPath'],
      ...(fastPath ? { fastStepper: (problem) => fusedStepper(this, problem) } : {}),
    })
  }

  #fitTable(table: DataTable, options: TableFitOptions): Promise<History> {
    const fastPath = checkSwitch('options.fastPath', options?.fastPath ?? true)
    checkTableColumns((options as { features?: unknown } | undefined)?.features, this)
    return fitTable(this, table, options, {
      ...(this.#seed === undefined ? {} : { seed: this.#seed }),
      checkData: (X, y, names) => this.#checkData(X, y, names),
      extraOptions: ['fastPath'],
      ...(fastPath ? { fastTableStepper: (problem) => fusedTableStepper(this, problem) } : {}),
    })
  }

  /**
   * Sets w and b to the least-squares solution (3.1.1's analytic solution) and keeps it in float64,
   * with the statistics that 3.1.3's Gaussian-noise view gives (see `summary()`).
   *
   * X and y may be tensors, plain arrays of numbers, or `{ data: Float64Array, shape }`; plain
   * numbers are solved in float64 as they are, tensors from their float32 values. The solver
   * (Householder QR with exact power-of-two column scaling, pivoting and double-double iterative
   * refinement; or, for large well-conditioned float32 data, a WebAssembly SIMD Gram path that
   * refinement proves converged) reaches the certified values of the NIST StRD linear sets to 10–15
   * digits (Filip, whose design float64 cannot hold exactly, to 8). `weights()`, `toJSON()` and
   * `predict()` on plain numbers give the float64 answer; w and b hold it rounded to float32.
   *
   * Without ridge, linearly dependent columns (a duplicated feature, a constant one, one that is a
   * combination of others) are an error that names them; with `ridge > 0` the penalised problem
   * always has a unique solution.
   *
   * @returns the new weights, in float64.
   * @throws {ValueError} naming the dependent columns, or for too few rows, non-finite data, empty
   *   data, feature names that do not fit, or a negative ridge.
   * @throws {ShapeError} for ragged rows, X that is not [n, inputs], or y without n rows of
   *   `outputs` labels.
   * @example
   * ```ts
   * import { LinearRegression } from '@d2l-ts/models-linear'
   * const model = new LinearRegression({ inputs: 1 })
   * model.fitClosedForm([[0], [1], [2]], [1, 3, 5]) // { w: [[2]], b: [1] }
   * ```
   */
  fitClosedForm(X: MatrixInput, y: LabelInput, options?: ClosedFormOptions): LinearWeights
  /**
   * Sets w and b to the least-squares solution of a table's columns (a Parquet or CSV file, a
   * PostgreSQL or ClickHouse query: see `openTable` in `@d2l-ts/data`), computed where the table
   * lives. The engine computes the count, means and centred cross-products in two passes, and one
   * or more refinement passes of residual sums; only those few numbers come back, never the rows.
   * A design too ill-conditioned for the normal equations is solved instead by QR of the streamed
   * rows (TSQR), and `summary().note` says so. `summary()` works as after an in-memory fit, its
   * terms named by the feature columns.
   *
   * @returns the new weights, in float64.
   * @throws {ValueError} for malformed options (named as given), unknown columns (the message lists
   *   the table's), bad values under `invalid: 'error'` (each column and its count), a feature count
   *   that is not `inputs`, a model with several outputs, too few rows, or dependent columns.
   * @throws {EngineError} when the engine fails a query (its message kept).
   * @example
   * ```ts
   * import { openTable } from '@d2l-ts/data'
   * import { LinearRegression } from '@d2l-ts/models-linear'
   * await using table = await openTable({
   *   engine: 'duckdb',
   *   query: 'SELECT x, 2 * x + 1 AS y FROM range(1, 6) AS r(x)',
   * })
   * const model = new LinearRegression({ inputs: 1 })
   * await model.fitClosedForm(table, { features: ['x'], target: 'y' }) // { w: [[2]], b: [1] }
   * model.summary().method // 'pushdown'
   * ```
   */
  fitClosedForm(table: DataTable, options: TableClosedFormOptions): Promise<LinearWeights>
  fitClosedForm(
    X: MatrixInput | DataTable,
    y?: LabelInput | TableClosedFormOptions,
    options?: ClosedFormOptions,
  ): LinearWeights | Promise<LinearWeights> {
    if (X instanceof DataTable) return this.#fitTableClosedForm(X, y as TableClosedFormOptions)
    return this.#fitArrayClosedForm(X, y as LabelInput, options)
  }

  #fitArrayClosedForm(
    X: MatrixInput,
    y: LabelInput,
    { ridge = 0, intercept = true, featureNames, fastPath = true }: ClosedFormOptions = {},
  ): LinearWeights {
    checkRidge(ridge)
    checkSwitch('options.intercept', intercept)
    const names = checkFeatureNames(featureNames, this.inputs)
    const design = readMatrix('X', X, this.inputs)
    const labels = readLabels('y', y, design.rows, this.outputs)
    const n = design.rows
    const parameters = this.inputs + (intercept ? 1 : 0)
    if (ridge === 0 && n < parameters) {
      throw new ValueError({
        argument: 'X',
        expected: `at least ${parameters} rows (${intercept ? 'inputs + 1' : 'inputs'}) for a unique solution, or options.ridge > 0`,
        received: `${n} rows`,
      })
    }
    const fit = solve(design, labels, { ridge, intercept, fastPath })
    const solution = new ClosedFormSolution({
      fit,
      inputs: this.inputs,
      outputs: this.outputs,
      ...(ridge === 0
        ? {
            inference: {
              n,
              intercept,
              featureNames: names,
              tss: totalSumOfSquares(labels, intercept),
            },
          }
        : {}),
    })
    this.#write(solution)
    return solution.weights()
  }

  async #fitTableClosedForm(
    table: DataTable,
    options: TableClosedFormOptions,
  ): Promise<LinearWeights> {
    const solution = await tableClosedForm(table, options, this)
    this.#write(solution)
    return solution.weights()
  }

  /** w and b as plain numbers: the float64 solution while the model holds one, else the variables' values. */
  weights(): LinearWeights {
    const solution = this.#currentSolution()
    if (solution) return solution.weights()
    return { w: this.w.arraySync() as number[][], b: Array.from(this.b.dataSync()) }
  }

  /**
   * The model's shape and parameter count; after `fitClosedForm` without ridge, also the inference
   * of each output: terms with estimate, standard error, t value, p-value and confidence interval,
   * R², adjusted R², the residual standard error, the F test, dfResidual, n and the condition
   * number. `String(summary)` prints it as R's `summary.lm` does.
   *
   * @param options the confidence level of the intervals, `level` (default 0.95).
   * @throws {ValueError} for a level outside (0, 1).
   * @example
   * ```ts
   * import { LinearRegression } from '@d2l-ts/models-linear'
   * const model = new LinearRegression({ inputs: 1 })
   * model.fitClosedForm([[0], [1], [2], [3]], [1, 3, 4, 7])
   * const summary = model.summary({ level: 0.99 })
   * summary.rSquared // ≈ 0.9627
   * summary.terms?.[1]?.confidenceInterval // [≈-0.726, ≈4.526]
   * console.log(String(summary)) // the coefficient table, R², F, as R's summary.lm prints them
   * ```
   */
  summary({ level = 0.95 }: SummaryOptions = {}): LinearRegressionSummary {
    const sizes = {
      inputs: this.inputs,
      outputs: this.outputs,
      parameters: this.inputs * this.outputs + this.outputs,
    }
    const solution = this.#currentSolution()
    if (!solution?.hasInference) return sizes
    const regressions = solution.statistics(level)
    const summary: LinearRegressionSummary = {
      ...sizes,
      ...(regressions.length === 1 ? regressions[0] : {}),
      regressions,
      conditionNumber: solution.conditionNumber,
      method: solution.method,
      ...(solution.note === undefined ? {} : { note: solution.note }),
    }
    // Not enumerable, so the summary still compares and serialises as plain data.
    Object.defineProperty(summary, 'toString', {
      value: () => solution.format(regressions),
      enumerable: false,
    })
    return summary
  }

  /** The model as versioned JSON (float64 weights, every bit kept); `LinearRegression.fromJSON` reads it back. */
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
   * A model from `toJSON()` output (an object, or its JSON text). Its `weights()` and plain-number
   * `predict()` give the saved float64 values exactly; the statistics of a fit are not saved.
   * @throws {ValueError} naming the first missing or malformed field, or an unknown version.
   */
  static fromJSON(json: unknown): LinearRegression {
    const { inputs, outputs, w, b } = parseModelJSON(json)
    const model = new LinearRegression({ inputs, outputs, initStd: 0 })
    model.#write(ClosedFormSolution.fromWeights({ w, b }))
    return model
  }

  /** Writes a float64 solution to w and b (rounded to float32) and remembers it. */
  #write(solution: ClosedFormSolution): void {
    const { w, b } = solution.float32()
    tidy(() => {
      this.w.assign(tensor2d(w, [this.inputs, this.outputs]))
      this.b.assign(tensor1d(b))
    })
    this.#solution = solution
  }

  /**
   * The float64 solution, if w and b still hold it: training (`fit`) or an assignment from outside
   * changes the variables, and then the variables are the model.
   */
  #currentSolution(): ClosedFormSolution | undefined {
    const solution = this.#solution
    if (!solution) return undefined
    if (solution.isHeldBy(this.w.dataSync() as Float32Array, this.b.dataSync() as Float32Array))
      return solution
    this.#solution = undefined
    return undefined
  }

  /** Frees the model's variables. */
  dispose(): void {
    this.#layer.dispose()
  }

  /** Validates X and y, and returns y as [n, outputs] (a new tensor only when it had to be reshaped). */
  #checkData(X: Tensor, y: Tensor, names: DataNames = { X: 'X', y: 'y' }): Tensor {
    assertShape(names.X, X, [null, this.inputs])
    checkExamples(X, y, names)
    const column = this.outputs === 1 && y.shape.length === 1
    if (!column) assertShape(names.y, y, [null, this.outputs])
    return column ? reshape(y, [y.shape[0] as number, 1]) : y
  }
}

/** Least squares, with linear dependence turned into an error that names the columns. */
function solve(...args: Parameters<typeof leastSquares>) {
  try {
    return leastSquares(...args)
  } catch (error) {
    if (!(error instanceof RankDeficientError)) throw error
    throw dependentColumnsError(error, { argument: 'X', intercept: args[2]?.intercept !== false })
  }
}

/** The feature names for the summary: checked when given, `x1`, `x2`, … otherwise. */
function checkFeatureNames(names: readonly string[] | undefined, inputs: number): string[] {
  if (names === undefined) return Array.from({ length: inputs }, (_, j) => `x${j + 1}`)
  if (
    !Array.isArray(names) ||
    names.length !== inputs ||
    names.some((n) => typeof n !== 'string')
  ) {
    throw new ValueError({
      argument: 'options.featureNames',
      expected: `an array of ${inputs} strings, one per input`,
      received: describeValue(names),
    })
  }
  return [...names]
}
