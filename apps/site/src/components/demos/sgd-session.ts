// The state of the SGD trainer demo, apart from its UI: the data, a LinearRegression model, an SGD
// optimiser and a cursor over the loader's minibatches. Every step is @d2l-ts/train's `trainStep`
// (the batch's mean squared loss, its gradients, the optimiser), the step the training loop takes;
// a Step click takes one, Play takes many, and both continue the same epochs.
import { type DataLoader, loadArray } from '@d2l-ts/data'
import { squaredLoss } from '@d2l-ts/losses'
import type { LinearRegression } from '@d2l-ts/models-linear'
import { SGD } from '@d2l-ts/optim-sgd'
import { DivergenceError, memory, type Tensor, type Tensor2D } from '@d2l-ts/tensor'
import { evaluateLoss, trainStep } from '@d2l-ts/train'
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

/** A training run of the demo: data, model, optimiser and minibatches, all from the settings' seed. */
export class SgdSession {
  readonly settings: SgdSettings
  readonly data: LineData
  readonly #model: LinearRegression
  readonly #optimizer: SGD
  readonly #loader: DataLoader<Pair>
  /** The open epoch of the loader; its current batch stays valid until it moves on. */
  #epochBatches: Iterator<Pair> | null = null
  /** Epochs begun, counting from 1, and the steps taken in the current one. */
  #epoch = 0
  #stepInEpoch = 0
  readonly #all: [Tensor, Tensor][]
  #steps = 0

  constructor(n: number, settings: SgdSettings) {
    this.settings = settings
    this.data = lineData(n, settings.seed)
    this.#model = lineModel(settings.seed)
    this.#optimizer = new SGD(this.#model.parameters(), { lr: settings.lr })
    this.#loader = loadArray([this.data.X, this.data.y], settings.batchSize, {
      seed: settings.seed,
    })
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
   * Takes up to `maxSteps` SGD steps with `trainStep`, calling `onStep` after each (awaited, so the
   * caller can redraw and wait for the next frame). Stops early when `signal` aborts.
   *
   * @throws {DivergenceError} when the loss, or the weights a step would give, become non-finite
   *   (the model keeps its last finite weights); its epoch and step count from the start of this
   *   session.
   */
  async run(
    maxSteps: number,
    onStep: (report: StepReport) => void | Promise<void>,
    signal?: AbortSignal,
  ): Promise<void> {
    for (let taken = 0; taken < maxSteps && !signal?.aborted; taken++) {
      const result = await trainStep(this.#model, this.#nextBatch(), {
        optimizer: this.#optimizer,
        loss: squaredLoss,
      })
      const { loss, finiteParameters = true } = result
      if (!(Number.isFinite(loss) && finiteParameters)) {
        throw new DivergenceError({
          epoch: this.#epoch,
          step: this.#stepInEpoch,
          loss,
          nonFinite: Number.isFinite(loss) ? 'parameters' : 'loss',
        })
      }
      this.#steps++
      await onStep({ step: this.#steps, batchLoss: loss })
    }
  }

  /** The next minibatch, beginning a new epoch (a new order) when the current one is used up. */
  #nextBatch(): Pair {
    let next = this.#epochBatches?.next()
    if (!next || next.done) {
      this.#epochBatches = this.#loader[Symbol.iterator]()
      this.#epoch++
      this.#stepInEpoch = 0
      next = this.#epochBatches.next()
    }
    this.#stepInEpoch++
    return next.value as Pair
  }

  /** memory().numTensors: how many tensors the page holds now (for leak checks). */
  liveTensors(): number {
    return memory().numTensors
  }

  /** Frees every tensor of the session. */
  dispose(): void {
    this.#epochBatches?.return?.()
    this.#optimizer.dispose()
    this.#model.dispose()
    this.data.X.dispose()
    this.data.y.dispose()
  }
}
