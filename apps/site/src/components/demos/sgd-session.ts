// The state of the SGD trainer demo, apart from its UI: the data split into a training and a
// validation set, a LinearRegression model, an SGD optimiser and a cursor over the loader's
// minibatches. Every step is @d2l-ts/train's `trainStep` (the batch's mean squared loss, its
// gradients, the optimiser), the step the training loop takes; a Step click takes one, Play takes
// many, and both continue the same epochs. After every step the session measures the loss on the
// whole training set, and at the end of every epoch on the validation set too.
import { type DataLoader, loadArray, trainTestSplit } from '@d2l-ts/data'
import { squaredLoss } from '@d2l-ts/losses'
import type { LinearRegression } from '@d2l-ts/models-linear'
import { SGD } from '@d2l-ts/optim-sgd'
import { memory, type Tensor2D } from '@d2l-ts/tensor'
import { evaluateLoss, trainStep } from '@d2l-ts/train'
import { lineData, lineModel } from './line-data'

/** What a run is set up with; all of it is in the page's URL. */
export interface SgdSettings {
  lr: number
  batchSize: number
  seed: number
}

/** One finished step, as the UI sees it. */
export interface StepReport {
  /** Steps taken since the session began, this one included. */
  step: number
  /** The epoch this step belongs to, counting from 1. */
  epoch: number
  /** The step's place in its epoch, counting from 1. */
  stepInEpoch: number
  /** The loss on the whole training set after the step. */
  trainLoss: number
  /** The loss on the validation set after the step, measured when the step ends its epoch. */
  validationLoss?: number
  w: number
  b: number
}

/** Where training blew up: the step, and the training loss before training and at that step. */
export interface Divergence {
  epoch: number
  stepInEpoch: number
  startLoss: number
  loss: number
}

/**
 * How far the training loss may rise above its value before training before the run counts as
 * diverged. A learning rate that converges never lifts the full-data loss much above its start; one
 * that diverges multiplies it at every step, so a thousandfold rise comes within a few steps, long
 * before the loss overflows to Infinity (which also counts).
 */
export const EXPLOSION_FACTOR = 1000

type Pair = [Tensor2D, Tensor2D]

/** A training run of the demo: data, model, optimiser and minibatches, all from the settings' seed. */
export class SgdSession {
  readonly settings: SgdSettings
  /** The training set as plain numbers, for the figures. */
  readonly train: { xs: number[]; ys: number[] }
  readonly startLoss: number
  readonly #model: LinearRegression
  readonly #optimizer: SGD
  readonly #loader: DataLoader<Pair>
  readonly #trainSet: Pair
  readonly #validationSet: Pair
  /** The open epoch of the loader; its current batch stays valid until it moves on. */
  #epochBatches: Iterator<Pair> | null = null
  #epoch = 0
  #stepInEpoch = 0
  #steps = 0

  /** `n` examples, of which `validation` are held out, chosen at random from the seed. */
  constructor(n: number, validation: number, settings: SgdSettings) {
    this.settings = settings
    const all = lineData(n, settings.seed)
    const split = trainTestSplit([all.X, all.y], {
      testFraction: validation / n,
      seed: settings.seed,
    })
    all.X.dispose()
    all.y.dispose()
    this.#trainSet = split.train as Pair
    this.#validationSet = split.test as Pair
    this.train = {
      xs: Array.from(this.#trainSet[0].dataSync()),
      ys: Array.from(this.#trainSet[1].dataSync()),
    }
    this.#model = lineModel(settings.seed)
    this.#optimizer = new SGD(this.#model.parameters(), { lr: settings.lr })
    this.#loader = loadArray(this.#trainSet, settings.batchSize, { seed: settings.seed })
    this.startLoss = this.trainingLoss()
  }

  /** Steps taken since this session began. */
  get steps(): number {
    return this.#steps
  }

  /** Epochs finished since this session began. */
  get epochsDone(): number {
    return this.#stepInEpoch === this.#loader.numBatches
      ? this.#epoch
      : Math.max(0, this.#epoch - 1)
  }

  /** The mean squared loss ½(ŷ − y)² over the training set, now. */
  trainingLoss(): number {
    return evaluateLoss(this.#model, [this.#trainSet], squaredLoss)
  }

  /** The same loss over the validation set, which training never sees. */
  validationLoss(): number {
    return evaluateLoss(this.#model, [this.#validationSet], squaredLoss)
  }

  /** The current weight and bias. */
  weights(): { w: number; b: number } {
    const { w, b } = this.#model.weights()
    return { w: w[0]?.[0] ?? Number.NaN, b: b[0] ?? Number.NaN }
  }

  /**
   * Takes up to `maxSteps` SGD steps with `trainStep`, calling `onStep` after each (awaited, so the
   * caller can redraw and wait for the next frame). Stops early when `signal` aborts, and when
   * training diverges: the loss (of the minibatch, or of the whole training set after the step) or
   * a parameter is no longer finite, or the training loss is more than EXPLOSION_FACTOR times its
   * value before training. Returns where it diverged, or null.
   */
  async run(
    maxSteps: number,
    onStep: (report: StepReport) => void | Promise<void>,
    signal?: AbortSignal,
  ): Promise<Divergence | null> {
    for (let taken = 0; taken < maxSteps && !signal?.aborted; taken++) {
      const { loss: batchLoss, finiteParameters = true } = await trainStep(
        this.#model,
        this.#nextBatch(),
        { optimizer: this.#optimizer, loss: squaredLoss },
      )
      this.#steps++
      const trainLoss = this.trainingLoss()
      const diverged =
        !(Number.isFinite(batchLoss) && finiteParameters && Number.isFinite(trainLoss)) ||
        trainLoss > EXPLOSION_FACTOR * this.startLoss
      if (diverged) {
        const loss = Number.isFinite(trainLoss) ? trainLoss : Number.POSITIVE_INFINITY
        return {
          epoch: this.#epoch,
          stepInEpoch: this.#stepInEpoch,
          startLoss: this.startLoss,
          loss,
        }
      }
      const report: StepReport = {
        step: this.#steps,
        epoch: this.#epoch,
        stepInEpoch: this.#stepInEpoch,
        trainLoss,
        ...this.weights(),
      }
      if (this.#stepInEpoch === this.#loader.numBatches)
        report.validationLoss = this.validationLoss()
      await onStep(report)
    }
    return null
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
    for (const tensor of [...this.#trainSet, ...this.#validationSet]) tensor.dispose()
  }
}
