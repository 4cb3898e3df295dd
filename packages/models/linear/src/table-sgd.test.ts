// fit(table): minibatch SGD streamed from a table. The truths: the same SGD on the same rows in
// memory (with the table's order, shuffle: false, both paths must visit the same minibatches), the
// generating coefficients of the book's data, and the guarantees of the in-memory fit (divergence,
// abort).
import { syntheticData } from '@d2l-ts/data'
import { DivergenceError, ValueError } from '@d2l-ts/tensor'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LinearRegression } from './index.js'
import { type CsvTable, csvTable } from './test-support/csv-table.js'

/** The book's data (3.2): 1000 examples of y = 2x₁ − 3.4x₂ + 4.2 + ε, in memory and as a table. */
const { X, y } = syntheticData([2, -3.4], 4.2, 1000, { seed: 0 })
const features = ['x1', 'x2']
let data: CsvTable

beforeAll(async () => {
  const x = X.dataSync()
  const labels = y.dataSync()
  // float32 values print as the float64 that holds them exactly, so the table holds the same numbers.
  data = await csvTable(
    ['x1', 'x2', 'y'],
    Array.from({ length: 1000 }, (_, i) => [x[2 * i]!, x[2 * i + 1]!, labels[i]!]),
  )
})
afterAll(() => data?.close())

const parameters = (model: LinearRegression) => {
  const { w, b } = model.weights()
  return [...w.flat(), ...b]
}

describe('fit(table)', () => {
  it.each([true, false])(
    '(fastPath: %s) in the table order, takes the steps the in-memory fit takes',
    async (fastPath) => {
      const options = { epochs: 2, batchSize: 10, lr: 0.03, shuffle: false, fastPath }
      const streamed = new LinearRegression({ inputs: 2, seed: 0 })
      const history = await streamed.fit(data.table, { ...options, features, target: 'y' })
      const inMemory = new LinearRegression({ inputs: 2, seed: 0 })
      const reference = await inMemory.fit(X, y, options)
      const got = parameters(streamed)
      parameters(inMemory).forEach((value, j) => {
        expect(got[j]).toBeCloseTo(value, 6)
      })
      history.loss.forEach((loss, epoch) => {
        expect(loss).toBeCloseTo(reference.loss[epoch]!, 6)
      })
    },
  )

  it('shuffled through its buffer, reaches the generating coefficients; the seed repeats the run', async () => {
    const run = async (seed: number) => {
      const model = new LinearRegression({ inputs: 2, seed: 0 })
      const history = await model.fit(data.table, {
        features,
        target: 'y',
        epochs: 3,
        batchSize: 10,
        lr: 0.03,
        seed,
        shuffleBuffer: 128,
      })
      return { history, weights: parameters(model) }
    }
    const first = await run(1)
    // y = 2x₁ − 3.4x₂ + 4.2 with noise of SD 0.01: three epochs get within 0.01 (as in 3.2).
    ;[2, -3.4, 4.2].forEach((truth, j) => {
      expect(Math.abs(first.weights[j]! - truth)).toBeLessThan(0.01)
    })
    expect(first.history.loss[2]!).toBeLessThan(1e-3)
    expect(first.history.loss[0]!).toBeGreaterThan(first.history.loss[2]!)
    expect((await run(1)).weights).toEqual(first.weights)
    expect((await run(2)).weights).not.toEqual(first.weights)
  })

  it.each([true, false])(
    '(fastPath: %s) a learning rate too large is a DivergenceError, the weights stay finite',
    async (fastPath) => {
      const model = new LinearRegression({ inputs: 2, seed: 0 })
      const error = await model
        .fit(data.table, { features, target: 'y', epochs: 3, batchSize: 10, lr: 3, fastPath })
        .catch((e) => e)
      expect(error).toBeInstanceOf(DivergenceError)
      expect(parameters(model).every(Number.isFinite)).toBe(true)
    },
  )

  it('stops on abort with the progress made, and leaves the table usable', async () => {
    const controller = new AbortController()
    const model = new LinearRegression({ inputs: 2, seed: 0 })
    const before = parameters(model)
    const history = await model.fit(data.table, {
      features,
      target: 'y',
      epochs: 5,
      batchSize: 10,
      lr: 0.03,
      onBatch: ({ step }) => {
        if (step === 30) controller.abort()
      },
      signal: controller.signal,
    })
    expect(history.aborted).toBe(true)
    expect(history.loss).toEqual([])
    expect(parameters(model)).not.toEqual(before)
    // The aborted stream was closed: the table answers the next query.
    expect((await data.table.moments({ features, target: 'y' })).n).toBe(1000)
  })

  it('refuses bad options, naming them, before any step', async () => {
    const model = new LinearRegression({ inputs: 2, seed: 0 })
    const before = parameters(model)
    const cases: [object, RegExp][] = [
      [{ features: ['x1'], target: 'y' }, /options\.features: expected 2 column names/],
      [{ features, target: 'y', lr: -1 }, /options\.lr/],
      [{ features, target: 'y', batchSize: 1001 }, /options\.batchSize/],
      [{ features, target: 'y', shuffleBuffer: 0 }, /options\.shuffleBuffer/],
      [{ features, target: 'y', seed: 1.5 }, /options\.seed/],
      [{ features, target: 'y', fastPath: 'no' }, /options\.fastPath/],
      [{ features, target: 'y', rate: 1 }, /options\.rate: expected one of the options/],
      [
        { features: ['x1', 'nope'], target: 'y' },
        /options\.features: expected a column of the table \("x1", "x2", "y"\)/,
      ],
    ]
    for (const [options, message] of cases) {
      const error = await model.fit(data.table, options as never).catch((e) => e)
      expect(error, JSON.stringify(options)).toBeInstanceOf(ValueError)
      expect(error.message).toMatch(message)
    }
    expect(parameters(model)).toEqual(before)
  })
})
