import { syntheticData } from '@d2l-ts/data'
import { squaredLoss } from '@d2l-ts/losses'
import { SGD } from '@d2l-ts/optim-sgd'
import { DivergenceError, memory, ShapeError, tensor1d, tensor2d, ValueError } from '@d2l-ts/tensor'
import { evaluateLoss } from '@d2l-ts/train'
import { describe, expect, it } from 'vitest'
import { LinearRegression } from './index.js'

const trueW = [2, -3.4]
const trueB = 4.2

describe('LinearRegression.fit, the book’s 3.3 workflow', () => {
  it('recovers w = [2, −3.4], b = 4.2 within 0.01, with a final training loss below 1e-4', async () => {
    const { X, y } = syntheticData(trueW, trueB, 1000, { noiseStd: 0.01, seed: 1 })
    const model = new LinearRegression({ inputs: 2 }) // unseeded, as a reader would write it
    const history = await model.fit(X, y, { epochs: 3, batchSize: 10, lr: 0.03 })
    const { w, b } = model.weights()
    expect(Math.abs(w[0]![0]! - 2)).toBeLessThan(0.01)
    expect(Math.abs(w[1]![0]! + 3.4)).toBeLessThan(0.01)
    expect(Math.abs(b[0]! - 4.2)).toBeLessThan(0.01)
    // The loss on all the data after training: ½·mean((ŷ − y)²) ≈ ½·noise² = 5e-5
    expect(evaluateLoss(model, [[X, y]], squaredLoss)).toBeLessThan(1e-4)
    expect(history.loss).toHaveLength(3)
    expect(history.loss[2]!).toBeLessThan(history.loss[0]!)
  })

  it('gives identical weights twice for the same seed', async () => {
    const { X, y } = syntheticData(trueW, trueB, 200, { seed: 2 })
    const run = async () => {
      const model = new LinearRegression({ inputs: 2, seed: 7 })
      await model.fit(X, y, { epochs: 2 })
      return model.weights()
    }
    expect(await run()).toEqual(await run())
  })

  it('leaves memory().numTensors where it started after 20 epochs, and the caller’s data unchanged', async () => {
    const { X, y } = syntheticData(trueW, trueB, 100, { seed: 3 })
    const before = { X: X.arraySync(), y: y.arraySync() }
    const model = new LinearRegression({ inputs: 2, seed: 0 })
    const tensors = memory().numTensors
    await model.fit(X, y, { epochs: 20, batchSize: 7, validation: [X, y] })
    expect(memory().numTensors).toBe(tensors)
    expect(X.arraySync()).toEqual(before.X)
    expect(y.arraySync()).toEqual(before.y)
    expect(X.isDisposed || y.isDisposed).toBe(false)
  })

  it('accepts [n] labels for one output, and a custom optimiser', async () => {
    const { X, y } = syntheticData(trueW, trueB, 300, { seed: 4 })
    const flat = tensor1d(y.dataSync())
    const model = new LinearRegression({ inputs: 2, seed: 0 })
    const optimizer = new SGD(model.parameters(), { lr: 0.02, momentum: 0.9 })
    await model.fit(X, flat, { epochs: 5, optimizer })
    expect(Math.abs(model.weights().b[0]! - 4.2)).toBeLessThan(0.02)
  })

  it('stops with DivergenceError at a learning rate that diverges', async () => {
    const { X, y } = syntheticData(trueW, trueB, 100, { seed: 5 })
    const model = new LinearRegression({ inputs: 2, seed: 0 })
    await expect(model.fit(X, y, { lr: 100, epochs: 10 })).rejects.toBeInstanceOf(DivergenceError)
  })
})

describe('bad input to fit', () => {
  const { X, y } = syntheticData(trueW, trueB, 20, { seed: 6 })
  const model = new LinearRegression({ inputs: 2, seed: 0 })
  const cases: [string, () => Promise<unknown>, string | RegExp][] = [
    [
      'rows differ',
      () => model.fit(X, tensor2d(new Array(19).fill([1]))),
      'y: expected 20 rows, as many as X [20, 2], received 19 rows',
    ],
    [
      'wrong feature count',
      () => model.fit(tensor2d([[1, 2, 3]]), tensor2d([[1]])),
      'X: expected [n, 2], received [1, 3]',
    ],
    [
      'NaN in X',
      () => model.fit(tensor2d([[1, Number.NaN]]), tensor2d([[1]])),
      'X: expected finite numbers, received NaN at [0, 1]',
    ],
    [
      'Infinity in y',
      () => model.fit(tensor2d([[1, 2]]), tensor2d([[Number.POSITIVE_INFINITY]])),
      'y: expected finite numbers, received Infinity at [0, 0]',
    ],
    [
      'empty data',
      () => model.fit(tensor2d([], [0, 2]), tensor2d([], [0, 1])),
      'X: expected at least one example, received none',
    ],
    [
      'batch size 0',
      () => model.fit(X, y, { batchSize: 0 }),
      'batchSize: expected an integer >= 1 and <= 20, received 0',
    ],
    [
      'batch size 2.5',
      () => model.fit(X, y, { batchSize: 2.5 }),
      'batchSize: expected an integer >= 1 and <= 20, received 2.5',
    ],
    [
      'batch size above n',
      () => model.fit(X, y, { batchSize: 21 }),
      'batchSize: expected an integer >= 1 and <= 20, received 21',
    ],
    [
      'lr 0',
      () => model.fit(X, y, { lr: 0 }),
      'options.lr: expected a finite number > 0, received 0',
    ],
    [
      'lr NaN',
      () => model.fit(X, y, { lr: Number.NaN }),
      'options.lr: expected a finite number > 0, received NaN',
    ],
    [
      'epochs 0',
      () => model.fit(X, y, { epochs: 0 }),
      'options.epochs: expected an integer >= 1, received 0',
    ],
  ]
  it.each(cases)('%s: a typed error naming the argument', async (_, call, message) => {
    const before = model.weights()
    const failure = call()
    await expect(failure).rejects.toThrow(message)
    await expect(
      failure.catch((e) => e instanceof ShapeError || e instanceof ValueError),
    ).resolves.toBe(true)
    expect(model.weights()).toEqual(before)
  })
})

describe('predict, summary and JSON', () => {
  const model = LinearRegression.fromJSON({
    format: '@d2l-ts/models-linear/LinearRegression',
    version: 1,
    inputs: 2,
    outputs: 1,
    w: [[2], [-3.5]],
    b: [4.25],
  })

  it('predicts plain numbers for plain numbers and tensors for tensors', () => {
    expect(
      model.predict([
        [1, 2],
        [0, 0],
      ]),
    ).toEqual([[2 - 7 + 4.25], [4.25]])
    expect(Array.from(model.predict(tensor2d([[1, 2]])).dataSync())).toEqual([-0.75])
    expect(() => model.predict([[1, 2, 3]])).toThrow(
      'X[0]: expected an array of 2 numbers (one per input), received an array of length 3',
    )
    expect(() => model.predict([[1, Number.NaN]])).toThrow(ValueError)
  })

  it('summarises its size', () => {
    expect(model.summary()).toEqual({ inputs: 2, outputs: 1, parameters: 3 })
    expect(new LinearRegression({ inputs: 16, outputs: 3 }).summary().parameters).toBe(51)
  })

  it('round-trips through JSON text', () => {
    const copy = LinearRegression.fromJSON(JSON.stringify(model))
    expect(copy.weights()).toEqual({ w: [[2], [-3.5]], b: [4.25] })
  })

  it('refuses malformed or wrong-version JSON, naming the field', () => {
    const good = model.toJSON()
    expect(() => LinearRegression.fromJSON({ ...good, version: 2 })).toThrow(
      'json.version: expected 1, received 2',
    )
    expect(() => LinearRegression.fromJSON({ ...good, format: 'other' })).toThrow(
      /json\.format: expected "@d2l-ts\/models-linear\/LinearRegression"/,
    )
    expect(() => LinearRegression.fromJSON({ ...good, w: [[2]] })).toThrow(
      'json.w: expected an array of 2 rows, received an array of length 1',
    )
    expect(() => LinearRegression.fromJSON({ ...good, b: ['4'] })).toThrow(
      'json.b[0]: expected a finite number, received "4"',
    )
    expect(() => LinearRegression.fromJSON('{ not json')).toThrow(/json: expected JSON text/)
    expect(() => LinearRegression.fromJSON(null)).toThrow('json: expected an object, received null')
  })

  it('leaves no tensors behind but its two variables, and none after dispose()', () => {
    const before = memory().numTensors
    const model = new LinearRegression({ inputs: 3, seed: 1 })
    expect(memory().numTensors).toBe(before + 2)
    model.dispose()
    expect(memory().numTensors).toBe(before)
  })

  it('refuses bad constructor options', () => {
    expect(() => new LinearRegression({ inputs: 0 })).toThrow(
      'options.inputs: expected an integer >= 1, received 0',
    )
    expect(() => new LinearRegression({ inputs: 2, initStd: -1 })).toThrow(ValueError)
  })
})
