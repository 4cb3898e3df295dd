// The state of the SGD trainer demo, apart from its UI: the data, a LinearRegression model, an SGD
// optimiser and a minibatch stream. Every step goes through @d2l-ts/train's `train` (which computes
// the batch's mean squared loss with variableGrads, checks it is finite and calls the optimiser);
// `run` stops it through an AbortSignal after a number of steps, or when the caller aborts.
import { type DataLoader, loadArray } from '@d2l-ts/data'
import { squaredLoss } from '@d2l-ts/losses'
import type { LinearRegression } from '@d2l-ts/models-linear'
import { SGD } from '@d2l-ts/optim-sgd'
import { DivergenceError, memory, type Tensor, type Tensor2D } from '@d2l-ts/tensor'
import { evaluateLoss, train } from '@d2l-ts/train'
import { type LineData, lineData, lineModel } from './line-data'

/** What a run is set up with; all of it is in the page's URL. */
export interface SgdSettings {
  lr: number
  batchSize: number
  seed: number
}

/** One finished step, as the UI sees it. */
export interface StepReport {
  /** Steps taken since the last reset, this one included. */
  step: number
  /** The minibatch's mean loss before the step. */
  batchLoss: number
}

type Pair = [Tensor2D, Tensor2D]

/**
 * The loader's minibatches as one endless stream that can be paused at any step and resumed.
 *
 * `train` starts a `for … of` over its data for every epoch, and a DataLoader begins a new epoch (a new
 * order) for every `for … of`. Here each `for … of` instead continues the loader's current epoch, and
 * ends where that epoch ends, so that many short `train` calls (one per Step click, one per Play)
 * visit the batches exactly as one long run would: ten Steps are the same as Play for ten steps.
 *
 * `train` only notices an abort after it has fetched the next batch; the `return()` it then calls
 * marks that batch for replay, so it is the first one trained on when training resumes.
 */
class ResumableBatches implements Iterable<Pair> {
  readonly #loader: DataLoader<Pair>
  #epoch: Iterator<Pair> | null = null
  #current: Pair | null = null
  #replay = false
  /** Epochs begun, counting from 1. */
  epoch = 0
  /** Batches taken from the current epoch, counting from 1. */
  stepInEpoch = 0

  constructor(loader: DataLoader<Pair>) {
    this.#loader = loader
  }

  [Symbol.iterator](): Iterator<Pair> {
    return {
      next: () => this.#next(),
      // Not forwarded to the loader: its epoch (and the batch it holds) stays open for the next run.
      return: () => {
        this.#replay = this.#current !== null
        return { done: true, value: undefined }
      },
    }
  }

  #next(): IteratorResult<Pair> {
    if (this.#replay && this.#current) {
      this.#replay = false
      return { done: false, value: this.#current }
    }
    this.#replay = false
    if (!this.#epoch) {
      this.#epoch = this.#loader[Symbol.iterator]()
      this.epoch++
      this.stepInEpoch = 0
    }
    const result = this.#epoch.next()
    if (result.done) {
      this.#epoch = null
      this.#current = null
      return { done: true, value: undefined }
    }
    this.#current = result.value
    this.stepInEpoch++
    return result
  }

  /** Ends the open epoch, which disposes the batch the loader holds. */
  dispose(): void {
    this.#epoch?.return?.()
    this.#epoch = null
    this.#current = null
  }
}

/** A training run of the demo: data, model, optimiser and minibatches, all from the settings' seed. */
export class SgdSession {
  readonly settings: SgdSettings
  readonly data: LineData
  readonly #model: LinearRegression
  readonly #optimizer: SGD
  readonly #batches: ResumableBatches
  readonly #all: [Tensor, Tensor][]
  #steps = 0

  constructor(n: number, settings: SgdSettings) {
    this.settings = settings
    this.data = lineData(n, settings.seed)
    this.#model = lineModel(settings.seed)
    this.#optimizer = new SGD(this.#model.parameters(), { lr: settings.lr })
    this.#batches = new ResumableBatches(
      loadArray([this.data.X, this.data.y], settings.batchSize, { seed: settings.seed }),
    )
    this.#all = [[this.data.X, this.data.y]]
  }

  /** Steps taken since this session began. */
  get steps(): number {
    return this.#steps
  }

  /** The mean squared loss ½(ŷ − y)² over the whole data set, now. */
  fullLoss(): number {
    return evaluateLoss(this.#model, this.#all, squaredLoss)
  }

  /** The current weight and bias. */
  weights(): { w: number; b: number } {
    const { w, b } = this.#model.weights()
    return { w: w[0]?.[0] ?? Number.NaN, b: b[0] ?? Number.NaN }
  }

  /**
   * Takes up to `maxSteps` SGD steps through `train`, calling `onStep` after each (awaited, so the
   * caller can redraw and wait for the next frame). Stops early when `signal` aborts.
   *
   * @throws {DivergenceError} when the loss becomes non-finite; its epoch and step count from the
   *   start of this session, not of this call.
   */
  async run(
    maxSteps: number,
    onStep: (report: StepReport) => void | Promise<void>,
    signal?: AbortSignal,
  ): Promise<void> {
    if (maxSteps < 1 || signal?.aborted) return
    const stop = new AbortController()
    const forward = () => stop.abort()
    signal?.addEventListener('abort', forward)
    let taken = 0
    try {
      await train(this.#model, this.#batches, {
        optimizer: this.#optimizer,
        // The stream is endless; the signal, not the epoch count, ends the run.
        epochs: Number.MAX_SAFE_INTEGER,
        loss: squaredLoss,
        signal: stop.signal,
        onBatch: async ({ loss }) => {
          this.#steps++
          taken++
          if (taken >= maxSteps) stop.abort()
          await onStep({ step: this.#steps, batchLoss: loss })
        },
      })
    } catch (error) {
      if (error instanceof DivergenceError) {
        // `train` counts epochs from its own start; this session's count is the one the reader sees.
        throw new DivergenceError({
          epoch: this.#batches.epoch,
          step: this.#batches.stepInEpoch,
          loss: error.loss,
        })
      }
      throw error
    } finally {
      signal?.removeEventListener('abort', forward)
    }
  }

  /** memory().numTensors: how many tensors the page holds now (for leak checks). */
  liveTensors(): number {
    return memory().numTensors
  }

  /** Frees every tensor of the session. */
  dispose(): void {
    this.#batches.dispose()
    this.#optimizer.dispose()
    this.#model.dispose()
    this.data.X.dispose()
    this.data.y.dispose()
  }
}
