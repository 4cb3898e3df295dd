import type { StepResult } from '@d2l-ts/train'

/** Features (n × d) and labels (n × q), row-major. */
export interface FusedData {
  X: Float32Array
  Y: Float32Array
}

/** The problem a {@link FusedLinearSgd} solves. */
export interface FusedProblem {
  /**
   * Reads the data. Called again whenever the arrays it gave have been emptied: borrowed views of
   * the wasm backend's heap are detached when a tensor operation grows it.
   */
  read: () => FusedData
  d: number
  q: number
  /** Initial weights, d × q, and biases, q. */
  w: Float32Array
  b: Float32Array
  lr: number
  /** 1 for the squared loss ½(ŷ − y)², 2 for mean squared error (ŷ − y)². */
  lossFactor: 1 | 2
}

/**
 * Minibatch SGD for ŷ = Xw + b with a squared loss, on typed arrays: the same arithmetic as the
 * generic path (the gradient of the minibatch's mean loss, then w ← w − lr·∇), without building a
 * tensor per operation. For the book's small problems tfjs spends almost all its time dispatching
 * ops (about 40 ms for 3.2's 300 steps, against well under a millisecond of arithmetic); this loop
 * pays only for the arithmetic. Accumulates in float64.
 */
export class FusedLinearSgd {
  readonly #p: FusedProblem
  #data: FusedData
  readonly #w: Float64Array
  readonly #b: Float64Array
  readonly #gw: Float64Array
  readonly #gb: Float64Array
  readonly #residual: Float64Array

  constructor(problem: FusedProblem) {
    this.#p = problem
    this.#data = problem.read()
    this.#w = Float64Array.from(problem.w)
    this.#b = Float64Array.from(problem.b)
    this.#gw = new Float64Array(problem.d * problem.q)
    this.#gb = new Float64Array(problem.q)
    this.#residual = new Float64Array(problem.q)
  }

  /** One update on the rows `order[start … end−1]` (rows start … end−1 when `order` is null). */
  step(order: Int32Array | null, start: number, end: number): StepResult {
    const { d, q, lr, lossFactor } = this.#p
    if (this.#data.X.length === 0 || this.#data.Y.length === 0) this.#data = this.#p.read()
    const w = this.#w
    const b = this.#b
    const gw = this.#gw.fill(0)
    const gb = this.#gb.fill(0)
    const sumSquares =
      q === 1 ? this.#accumulateOneOutput(order, start, end) : this.#accumulate(order, start, end)
    const elements = (end - start) * q
    // mean(½r²) has gradient mean(r·x); mean(r²) twice that.
    const loss = (lossFactor === 1 ? 0.5 : 1) * (sumSquares / elements)
    if (Number.isFinite(loss)) {
      const scale = (lr * lossFactor) / elements
      for (let i = 0; i < d * q; i++) w[i] = (w[i] as number) - scale * (gw[i] as number)
      for (let k = 0; k < q; k++) b[k] = (b[k] as number) - scale * (gb[k] as number)
    }
    return { loss, examples: end - start }
  }

  /**
   * The common case of one output, without the loops over outputs, and arranged for V8: four partial
   * sums per dot product and two rows per pass over the gradient make it about 10 % faster than the
   * straightforward typed-array loop (`pnpm bench --only=W2`). Accumulates the gradient sums;
   * returns Σ r².
   */
  #accumulateOneOutput(order: Int32Array | null, start: number, end: number): number {
    const { X, Y } = this.#data
    const { d } = this.#p
    const gw = this.#gw
    let gb0 = 0
    let sumSquares = 0
    // Rows go two at a time: each pass over the gradient adds both rows' terms, halving its loads
    // and stores.
    let t = start
    for (; t + 1 < end; t += 2) {
      const a = order ? (order[t] as number) : t
      const b = order ? (order[t + 1] as number) : t + 1
      const xa = a * d
      const xb = b * d
      const ra = this.#predictOne(X, xa) - (Y[a] as number)
      const rb = this.#predictOne(X, xb) - (Y[b] as number)
      sumSquares += ra * ra + rb * rb
      gb0 += ra + rb
      for (let j = 0; j < d; j++)
        gw[j] = (gw[j] as number) + ra * (X[xa + j] as number) + rb * (X[xb + j] as number)
    }
    if (t < end) {
      const a = order ? (order[t] as number) : t
      const xa = a * d
      const ra = this.#predictOne(X, xa) - (Y[a] as number)
      sumSquares += ra * ra
      gb0 += ra
      for (let j = 0; j < d; j++) gw[j] = (gw[j] as number) + ra * (X[xa + j] as number)
    }
    this.#gb[0] = gb0
    return sumSquares
  }

  /** ŷ = x·w + b for the row of X starting at `x`, one output. */
  #predictOne(X: Float32Array, x: number): number {
    const { d } = this.#p
    const w = this.#w
    const unrolled = d - (d % 4)
    // Four partial sums, so that the additions of the dot product do not wait on one another.
    let s0 = this.#b[0] as number
    let s1 = 0
    let s2 = 0
    let s3 = 0
    for (let j = 0; j < unrolled; j += 4) {
      s0 += (X[x + j] as number) * (w[j] as number)
      s1 += (X[x + j + 1] as number) * (w[j + 1] as number)
      s2 += (X[x + j + 2] as number) * (w[j + 2] as number)
      s3 += (X[x + j + 3] as number) * (w[j + 3] as number)
    }
    for (let j = unrolled; j < d; j++) s0 += (X[x + j] as number) * (w[j] as number)
    return s0 + s1 + (s2 + s3)
  }

  /** Any number of outputs q: accumulates the gradient sums; returns Σ r² over rows and outputs. */
  #accumulate(order: Int32Array | null, start: number, end: number): number {
    const { X, Y } = this.#data
    const { d, q } = this.#p
    const w = this.#w
    const b = this.#b
    const gw = this.#gw
    const gb = this.#gb
    const r = this.#residual
    let sumSquares = 0
    for (let t = start; t < end; t++) {
      const row = order ? (order[t] as number) : t
      const x = row * d
      for (let k = 0; k < q; k++) {
        let yHat = b[k] as number
        for (let j = 0; j < d; j++) yHat += (X[x + j] as number) * (w[j * q + k] as number)
        const rk = yHat - (Y[row * q + k] as number)
        r[k] = rk
        sumSquares += rk * rk
        gb[k] = (gb[k] as number) + rk
      }
      for (let j = 0; j < d; j++) {
        const xj = X[x + j] as number
        for (let k = 0; k < q; k++)
          gw[j * q + k] = (gw[j * q + k] as number) + xj * (r[k] as number)
      }
    }
    return sumSquares
  }

  /** The current weights (d × q) and biases (q), rounded to float32 as the model stores them. */
  parameters(): { w: Float32Array; b: Float32Array } {
    return { w: Float32Array.from(this.#w), b: Float32Array.from(this.#b) }
  }
}
