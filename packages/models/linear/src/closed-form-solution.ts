import { describeValue, ValueError } from '@d2l-ts/tensor'
import type { LeastSquaresFit, LeastSquaresMethod, Matrix } from './least-squares-fit.js'
import {
  type RegressionStatistics,
  regressionStatistics,
  tCritical,
} from './regression-inference.js'
import { formatRegression } from './summary-table.js'

/** What a closed-form fit keeps for inference (absent with ridge, where it does not apply). */
interface InferenceData {
  n: number
  intercept: boolean
  featureNames: string[]
  /** Total sum of squares per output: about the mean with an intercept, about 0 without. */
  tss: Float64Array
}

/**
 * The float64 answer of a closed-form fit (or of a saved model) and, after a fit without ridge,
 * what its inference needs: the model keeps one beside its float32 variables, and uses it for
 * `weights()`, `predict()` on plain numbers and `summary()` while the variables still hold it.
 */
export class ClosedFormSolution {
  /** inputs × outputs, row-major. */
  readonly #w: Float64Array
  readonly #b: Float64Array
  readonly #inputs: number
  readonly #outputs: number
  readonly #fit: LeastSquaresFit | undefined
  readonly #inference: InferenceData | undefined
  /** What w and b were set to, to tell later whether they still hold this solution. */
  readonly #written: { w: Float32Array; b: Float32Array }

  constructor({
    fit,
    inputs,
    outputs,
    inference,
  }: {
    fit: LeastSquaresFit
    inputs: number
    outputs: number
    inference?: InferenceData
  }) {
    this.#w = fit.coefficients
    this.#b = fit.intercept
    this.#inputs = inputs
    this.#outputs = outputs
    this.#fit = fit
    this.#inference = inference
    this.#written = { w: Float32Array.from(this.#w), b: Float32Array.from(this.#b) }
  }

  /** A solution with weights only (from saved JSON): no statistics. */
  static fromWeights({ w, b }: { w: number[][]; b: number[] }): ClosedFormSolution {
    const inputs = w.length
    const outputs = b.length
    const coefficients = Float64Array.from(w.flat())
    const fit: LeastSquaresFit = {
      coefficients,
      intercept: Float64Array.from(b),
      rss: new Float64Array(outputs),
      method: 'qr',
      conditionNumber: Number.NaN,
      covariance: () => new Float64Array(0),
    }
    return new ClosedFormSolution({ fit, inputs, outputs })
  }

  /** Whether inference (summary statistics, intervals) is available. */
  get hasInference(): boolean {
    return this.#inference !== undefined
  }

  get conditionNumber(): number {
    return this.#fit?.conditionNumber ?? Number.NaN
  }

  get method(): LeastSquaresMethod {
    return this.#fit?.method ?? 'qr'
  }

  /** Why the solver took the path it did, when it fell back from the usual one. */
  get note(): string | undefined {
    return this.#fit?.note
  }

  /** The float32 values the model's variables hold. */
  float32(): { w: Float32Array; b: Float32Array } {
    return { w: this.#written.w.slice(), b: this.#written.b.slice() }
  }

  /** Whether variables with these values still hold this solution. */
  isHeldBy(w: Float32Array, b: Float32Array): boolean {
    return equal(w, this.#written.w) && equal(b, this.#written.b)
  }

  /** w (inputs rows of outputs) and b, in float64. */
  weights(): { w: number[][]; b: number[] } {
    const q = this.#outputs
    return {
      w: Array.from({ length: this.#inputs }, (_, j) =>
        Array.from(this.#w.subarray(j * q, (j + 1) * q)),
      ),
      b: Array.from(this.#b),
    }
  }

  /** Xw + b in float64. */
  predict(X: Matrix): number[][] {
    const { rows, cols: d, data } = X
    const q = this.#outputs
    return Array.from({ length: rows }, (_, i) =>
      Array.from({ length: q }, (_, k) => {
        let value = this.#b[k] as number
        for (let j = 0; j < d; j++)
          value += (data[i * d + j] as number) * (this.#w[j * q + k] as number)
        return value
      }),
    )
  }

  /** One {@link RegressionStatistics} per output at the given confidence level. */
  statistics(level: number): RegressionStatistics[] {
    const { fit, inference } = this.#require()
    return regressionStatistics(fit, { ...inference, level: checkLevel(level) })
  }

  /**
   * ŷ ± t₁₋α/₂·se, with se² = σ̂²·aᵀ(AᵀA)⁻¹a for the mean response and σ̂²(1 + aᵀ(AᵀA)⁻¹a) for a
   * new observation, where a = [1, x] (or x) is the row of the design.
   */
  intervals(
    X: Matrix,
    { interval, level = 0.95 }: { interval: 'confidence' | 'prediction'; level?: number },
  ): {
    prediction: number[][]
    lower: number[][]
    upper: number[][]
    interval: 'confidence' | 'prediction'
    level: number
  } {
    if (interval !== 'confidence' && interval !== 'prediction') {
      throw new ValueError({
        argument: 'options.interval',
        expected: '"confidence" or "prediction"',
        received: describeValue(interval),
      })
    }
    checkLevel(level)
    const { fit, inference } = this.#require()
    const statistics = this.statistics(level)
    const lead = inference.intercept ? 1 : 0
    const p = this.#inputs + lead
    const covariance = fit.covariance()
    const critical = tCritical(level, (statistics[0] as RegressionStatistics).dfResidual)
    const prediction = this.predict(X)
    const lower: number[][] = []
    const upper: number[][] = []
    const a = new Float64Array(p)
    for (let i = 0; i < X.rows; i++) {
      if (lead) a[0] = 1
      for (let j = 0; j < this.#inputs; j++) a[j + lead] = X.data[i * this.#inputs + j] as number
      let leverage = 0
      for (let r = 0; r < p; r++)
        for (let c = 0; c < p; c++)
          leverage += (a[r] as number) * (covariance[r * p + c] as number) * (a[c] as number)
      const row = prediction[i] as number[]
      lower.push([])
      upper.push([])
      statistics.forEach(({ residualStdError: sigma }, k) => {
        const variance = sigma ** 2 * (interval === 'prediction' ? 1 + leverage : leverage)
        const half = critical * Math.sqrt(variance)
        lower[i]?.push((row[k] as number) - half)
        upper[i]?.push((row[k] as number) + half)
      })
    }
    return { prediction, lower, upper, interval, level }
  }

  /** The printed summary: one table per output, headed by the output's number when there are several. */
  format(regressions: RegressionStatistics[]): string {
    const tables = regressions.map((statistics) =>
      formatRegression(statistics, this.conditionNumber, this.note),
    )
    if (tables.length === 1) return tables[0] as string
    return tables.map((table, k) => `Response y${k + 1}:\n${table}`).join('\n\n')
  }

  #require() {
    if (!this.#fit || !this.#inference) throw new Error('no inference for this solution')
    return { fit: this.#fit, inference: this.#inference }
  }
}

function checkLevel(level: number): number {
  if (!(typeof level === 'number' && level > 0 && level < 1)) {
    throw new ValueError({
      argument: 'options.level',
      expected: 'a confidence level in (0, 1), such as 0.95',
      received: describeValue(level),
    })
  }
  return level
}

function equal(a: Float32Array, b: Float32Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}
