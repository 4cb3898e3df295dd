// The two ways fit takes its steps — the fused typed-array SGD (fastPath: true, the default) and
// the autograd step (fastPath: false) — must be indistinguishable to the caller: the same errors,
// the same divergence guarantees, the same progress when stopped.
import { BatchSchedule, syntheticData } from '@d2l-ts/data'
import {
  ArgumentError,
  DivergenceError,
  randomNormal,
  setBackend,
  type Tensor,
  tensor2d,
} from '@d2l-ts/tensor'
import { afterAll, describe, expect, it } from 'vitest'
import { type FitOptions, LinearRegression } from './index.js'

const PATHS = [true, false] as const
const BACKENDS = ['cpu', 'wasm'] as const

afterAll(() => setBackend('cpu'))

/** The book's data (3.2): 1000 examples of y = 2x₁ − 3.4x₂ + 4.2 + ε. */
function bookData() {
  return syntheticData([2, -3.4], 4.2, 1000, { seed: 0 })
}

const parameters = (model: LinearRegression) => {
  const { w, b } = model.weights()
  return [...w.flat(), ...b]
}

describe.each(BACKENDS)('on %s, a learning rate too large', (backend) => {
  it.each(PATHS)(
    '(fastPath: %s) throws DivergenceError or leaves finite weights, never Infinity',
    async (fastPath) => {
      await setBackend(backend)
      const { X, y } = bookData()
      let diverged = 0
      for (const lr of [2.2, 2.5, 3, 4, 6]) {
        const model = new LinearRegression({ inputs: 2, seed: 0 })
        let lastSeen: number[] = []
        try {
          await model.fit(X, y, {
            epochs: 3,
            batchSize: 10,
            lr,
            fastPath,
            onBatch: () => {
              lastSeen = parameters(model)
            },
          })
        } catch (error) {
          expect(error).toBeInstanceOf(DivergenceError)
          const { epoch, step } = error as DivergenceError
          expect(epoch).toBeGreaterThanOrEqual(1)
          expect(step).toBeGreaterThanOrEqual(1)
          // The model keeps the parameters of the last step that was taken.
          expect(parameters(model)).toEqual(lastSeen)
          diverged++
        }
        expect(parameters(model).every(Number.isFinite)).toBe(true)
        expect((model.predict([[1, 1]])[0] ?? []).every(Number.isFinite)).toBe(true)
        model.dispose()
      }
      // lr = 3 is the case: far above 2 / λ_max of this data's Hessian, it must diverge.
      expect(diverged).toBeGreaterThanOrEqual(3)
      X.dispose()
      y.dispose()
    },
  )

  it.each(PATHS)(
    '(fastPath: %s) at lr = 3 diverges in the first epoch, as the book data requires',
    async (fastPath) => {
      await setBackend(backend)
      const { X, y } = bookData()
      const model = new LinearRegression({ inputs: 2, seed: 0 })
      const run = model.fit(X, y, { epochs: 3, batchSize: 10, lr: 3, fastPath })
      await expect(run).rejects.toMatchObject({ name: 'DivergenceError', epoch: 1 })
      expect(parameters(model).every(Number.isFinite)).toBe(true)
      model.dispose()
    },
  )
})

/** An AbortSignal that reports `aborted` from its (k+1)-th look on: fit then stops after k steps. */
function abortAfter(k: number): AbortSignal {
  let looks = 0
  return {
    get aborted() {
      return looks++ >= k
    },
  } as AbortSignal
}

/**
 * The independent reference: k steps of minibatch SGD on ½(ŷ − y)², in float64, in the batches of
 * the schedule that fit follows (seed 0, 1000 rows, batches of 10).
 */
function referenceSgd(X: Tensor, y: Tensor, k: number, lr: number, w0: number[]): number[] {
  const x = X.arraySync() as number[][]
  const t = Array.from(y.dataSync())
  const schedule = new BatchSchedule(x.length, 10, { seed: 0 })
  let [w1 = 0, w2 = 0] = w0
  let b = 0
  let steps = 0
  for (let epoch = 1; steps < k; epoch++) {
    for (const { order, start, end } of schedule.epoch(epoch)) {
      if (steps === k) break
      let g1 = 0
      let g2 = 0
      let gb = 0
      for (let i = start; i < end; i++) {
        const row = order ? (order[i] as number) : i
        const [a = 0, c = 0] = x[row] ?? []
        const r = w1 * a + w2 * c + b - (t[row] as number)
        g1 += r * a
        g2 += r * c
        gb += r
      }
      const m = end - start
      w1 -= (lr * g1) / m
      w2 -= (lr * g2) / m
      b -= (lr * gb) / m
      steps++
    }
  }
  return [w1, w2, b]
}

describe('an abort after k steps', () => {
  // Inside the first epoch, at its end (100 batches of 10), inside the second, one before the end.
  const STEPS = [1, 37, 100, 150, 299]

  it.each(BACKENDS)(
    'leaves both paths on %s with the progress made (vs float64 SGD, 1e-3)',
    async (backend) => {
      await setBackend(backend)
      const { X, y } = bookData()
      for (const k of STEPS) {
        const results = []
        for (const fastPath of PATHS) {
          const model = new LinearRegression({ inputs: 2, seed: 0 })
          const start = parameters(model)
          const history = await model.fit(X, y, {
            epochs: 3,
            lr: 0.03,
            fastPath,
            signal: abortAfter(k),
          })
          expect(history.aborted).toBe(true)
          expect(history.loss).toHaveLength(Math.floor(k / 100))
          const reached = parameters(model)
          const reference = referenceSgd(X, y, k, 0.03, start)
          reached.forEach((v, i) => {
            expect(Math.abs(v - (reference[i] as number))).toBeLessThan(1e-3)
          })
          results.push(reached)
          model.dispose()
        }
        const [fast = [], generic = []] = results
        fast.forEach((v, i) => {
          expect(Math.abs(v - (generic[i] as number))).toBeLessThan(1e-3)
        })
      }
      X.dispose()
      y.dispose()
    },
  )
})

describe('every option of fit', () => {
  const X = randomNormal([20, 2], { seed: 1 })
  const y = randomNormal([20, 1], { seed: 2 })
  const bad: [string, FitOptions | Record<string, unknown>, string][] = [
    ['epochs', { epochs: 0 }, 'options.epochs: expected an integer >= 1, received 0'],
    ['epochs', { epochs: 1.5 }, 'options.epochs: expected an integer >= 1, received 1.5'],
    [
      'batchSize',
      { batchSize: 0 },
      'options.batchSize: expected an integer >= 1 and <= 20, received 0',
    ],
    [
      'batchSize',
      { batchSize: 21 },
      'options.batchSize: expected an integer >= 1 and <= 20, received 21',
    ],
    ['lr', { lr: 0 }, 'options.lr: expected a finite number > 0, received 0'],
    ['lr', { lr: Number.NaN }, 'options.lr: expected a finite number > 0, received NaN'],
    [
      'loss',
      { loss: 'mse' },
      'options.loss: expected a loss function (yHat, y) => Tensor, received "mse"',
    ],
    [
      'optimizer',
      { optimizer: {} },
      'options.optimizer: expected an optimizer with a step(grads) method',
    ],
    ['seed', { seed: 1.5 }, 'options.seed: expected an integer, received 1.5'],
    ['seed', { seed: 1.5, shuffle: false }, 'options.seed: expected an integer, received 1.5'],
    ['shuffle', { shuffle: 'yes' }, 'options.shuffle: expected true or false, received "yes"'],
    ['dropLast', { dropLast: 1 }, 'options.dropLast: expected true or false, received 1'],
    [
      'validation',
      { validation: [X] },
      'options.validation: expected a pair [X, y] of held-out data',
    ],
    [
      'validation',
      { validation: [tensor2d([[1, 2, 3]]), tensor2d([[1]])] },
      'options.validation[0]: expected [n, 2], received [1, 3]',
    ],
    [
      'validation',
      { validation: [tensor2d([[1, 2]]), tensor2d([[1], [2]])] },
      'options.validation[1]: expected 1 rows, as many as options.validation[0] [1, 2], received 2 rows',
    ],
    ['onBatch', { onBatch: 5 }, 'options.onBatch: expected a function, received 5'],
    ['onEpoch', { onEpoch: 'log' }, 'options.onEpoch: expected a function, received "log"'],
    ['signal', { signal: {} }, 'options.signal: expected an AbortSignal, received a Object'],
    [
      'progress',
      { progress: 5 },
      'options.progress: expected true, false or a stream with write(), received 5',
    ],
    ['fastPath', { fastPath: 'no' }, 'options.fastPath: expected true or false, received "no"'],
    ['(unknown)', { learningRate: 0.1 }, 'options.learningRate: expected one of the options'],
  ]

  it.each(bad)(
    'gets the same error on both paths: options.%s (case %#)',
    async (_, options, message) => {
      const errors: unknown[] = []
      for (const fastPath of PATHS) {
        const model = new LinearRegression({ inputs: 2, seed: 0 })
        const before = parameters(model)
        const given = 'fastPath' in options ? options : { ...options, fastPath }
        errors.push(await model.fit(X, y, given as FitOptions).catch((e: unknown) => e))
        expect(parameters(model)).toEqual(before) // refused before any step
        model.dispose()
      }
      const [fast, generic] = errors as Error[]
      expect(fast).toBeInstanceOf(ArgumentError)
      expect(fast?.message).toContain(message)
      expect(generic?.constructor).toBe(fast?.constructor)
      expect(generic?.message).toBe(fast?.message)
    },
  )
})
