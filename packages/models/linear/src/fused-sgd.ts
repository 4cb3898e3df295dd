import type { RowRange, TableBatch } from '@d2l-ts/data'
import { mseLoss, squaredLoss } from '@d2l-ts/losses'
import {
  borrow,
  type Loss,
  type Stepper,
  type StepResult,
  tensor1d,
  tensor2d,
  tidy,
  type Variable,
} from '@d2l-ts/tensor'
import type { FastStepProblem } from '@d2l-ts/train'

/** The variables of ŷ = Xw + b that a {@link FusedLinearSgd} trains. */
export interface FusedModel {
  /** Weights, [d, q]. */
  w: Variable
  /** Biases, [q]. */
  b: Variable
}

/**
 * The fused stepper for a run of `fit`, or undefined where it does not apply: it needs the squared
 * loss or MSE (whose gradients it computes itself) and data that the backend lends in place
 * (cpu, wasm); elsewhere the autograd step is as fast.
 */
export function fusedStepper(
  model: FusedModel,
  { X, y, lr, loss }: FastStepProblem,
): Stepper<RowRange> | undefined {
  const lossFactor = lossFactorOf(loss)
  if (lossFactor === undefined) return undefined
  const data = borrow([X, y])
  if (!data.inPlace) return undefined
  const sgd = new FusedLinearSgd(model, { lr, lossFactor })
  return {
    // Tensor operations between steps (a callback, validation) may have detached wasm views: the
    // arrays are read again for every step.
    step: ({ order, start, end }) => {
      const [features, labels] = data.read() as [Float32Array, Float32Array]
      return sgd.step(features, labels, order, start, end)
    },
    sync: () => sgd.sync(),
  }
}

/**
 * The fused stepper for a table's streamed minibatches (`fitTable`), or undefined for a loss other
 * than the squared loss or MSE. The batches are typed arrays already: no tensor is made at all.
 */
export function fusedTableStepper(
  model: FusedModel,
  { lr, loss }: { lr: number; loss: Loss },
): Stepper<TableBatch> | undefined {
  const lossFactor = lossFactorOf(loss)
  if (lossFactor === undefined) return undefined
  const sgd = new FusedLinearSgd(model, { lr, lossFactor })
  return { step: ({ X, y, rows }) => sgd.step(X, y, null, 0, rows), sync: () => sgd.sync() }
}

/** 1 for the squared loss ½(ŷ − y)², 2 for MSE (ŷ − y)², undefined for any other loss. */
function lossFactorOf(loss: Loss): 1 | 2 | undefined {
  return loss === squaredLoss ? 1 : loss === mseLoss ? 2 : undefined
}

/**
 * Minibatch SGD for ŷ = Xw + b with a squared loss, on typed arrays: the same arithmetic as the
 * autograd step (the gradient of the minibatch's mean loss, then w ← w − lr·∇), without building a
 * tensor per operation. For the book's small problems tfjs spends almost all its time dispatching
 * ops (about 40 ms for 3.2's 300 steps, against well under a millisecond of arithmetic); this loop
 * pays only for the arithmetic.
 *
 * Sums accumulate in float64, but the parameters are rounded to float32 after every update, as the
 * model stores them, and the reported loss is rounded to float32 too: so a run that overflows the
 * model's float32 parameters is caught at the step where it happens, as on the autograd path. An
 * update that would make a parameter non-finite is not applied. `sync` writes the parameters into
 * the model's variables.
 */
export class FusedLinearSgd {
  readonly #model: FusedModel
  readonly #d: number
  readonly #q: number
  readonly #lr: number
  readonly #lossFactor: 1 | 2
  readonly #w: Float64Array
  readonly #b: Float64Array
  readonly #gw: Float64Array
  readonly #gb: Float64Array
  readonly #residual: Float64Array

  constructor(
    model: FusedModel,
    { lr, lossFactor }: { lr: number /** 1: ½(ŷ − y)², 2: (ŷ − y)² */; lossFactor: 1 | 2 },
  ) {
    const [d = 0, q = 0] = model.w.shape
    this.#model = model
    this.#d = d
    this.#q = q
    this.#lr = lr
    this.#lossFactor = lossFactor
    this.#w = Float64Array.from(model.w.dataSync())
    this.#b = Float64Array.from(model.b.dataSync())
    this.#gw = new Float64Array(d * q)
    this.#gb = new Float64Array(q)
    this.#residual = new Float64Array(q)
  }

  /**
   * One update on the rows `order[start … end−1]` (rows start … end−1 when `order` is null) of X
   * (row-major, d numbers a row) and Y (q numbers a row).
   */
  step(
    X: Float32Array,
    Y: Float32Array,
    order: Int32Array | null,
    start: number,
    end: number,
  ): StepResult {
    const d = this.#d
    const q = this.#q
    const w = this.#w
    const b = this.#b
    const gw = this.#gw.fill(0)
    const gb = this.#gb.fill(0)
    const sumSquares =
      q === 1
        ? this.#accumulateOneOutput(X, Y, order, start, end)
        : this.#accumulate(X, Y, order, start, end)
    const elements = (end - start) * q
    const examples = end - start
    // mean(½r²) has gradient mean(r·x); mean(r²) twice that.
    const loss = Math.fround((this.#lossFactor === 1 ? 0.5 : 1) * (sumSquares / elements))
    if (!Number.isFinite(loss)) return { loss, examples }
    // The updated parameters go into the gradient's arrays first, so that a non-finite one leaves
    // w and b untouched.
    const scale = (this.#lr * this.#lossFactor) / elements
    let finite = true
    for (let i = 0; i < d * q; i++) {
      const next = Math.fround((w[i] as number) - scale * (gw[i] as number))
      gw[i] = next
      finite &&= Number.isFinite(next)
    }
    for (let k = 0; k < q; k++) {
      const next = Math.fround((b[k] as number) - scale * (gb[k] as number))
      gb[k] = next
      finite &&= Number.isFinite(next)
    }
    if (!finite) return { loss, examples, finiteParameters: false }
    w.set(gw)
    b.set(gb)
    return { loss, examples }
  }

  /** Writes the current parameters into the model's variables. */
  sync(): void {
    tidy(() => {
      this.#model.w.assign(tensor2d(Float32Array.from(this.#w), [this.#d, this.#q]))
      this.#model.b.assign(tensor1d(Float32Array.from(this.#b)))
    })
  }

  /**
   * The common case of one output, without the loops over outputs, and arranged for V8: four partial
   * sums per dot product and two rows per pass over the gradient make it about 10 % faster than the
   * straightforward typed-array loop (`pnpm bench --only=W2`). Accumulates the gradient sums;
   * returns Σ r².
   */
  #accumulateOneOutput(
    X: Float32Array,
    Y: Float32Array,
    order: Int32Array | null,
    start: number,
    end: number,
  ): number {
    const d = this.#d
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
    const d = this.#d
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
  #accumulate(
    X: Float32Array,
    Y: Float32Array,
    order: Int32Array | null,
    start: number,
    end: number,
  ): number {
    const d = this.#d
    const q = this.#q
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
}
