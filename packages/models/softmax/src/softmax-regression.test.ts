import { standardize, trainTestSplit } from '@d2l-ts/data'
import {
  gather,
  memory,
  permutation,
  ShapeError,
  type Tensor,
  tensor1d,
  tensor2d,
  ValueError,
} from '@d2l-ts/tensor'
import { describe, expect, it } from 'vitest'
import { accuracy, loadIris, SoftmaxRegression } from './index.js'

/**
 * A second, independent softmax regression: plain float64 arrays, full-batch gradient descent on the
 * mean cross-entropy, W ← W − lr · Xᵀ(P − Y)/n and b ← b − lr · mean(P − Y), no tfjs anywhere.
 */
function referenceSoftmax(X: number[][], y: number[], classes: number, steps = 3000, lr = 0.5) {
  const d = X[0]?.length ?? 0
  const W = Array.from({ length: d }, () => new Array<number>(classes).fill(0))
  const b = new Array<number>(classes).fill(0)
  const probabilities = (x: number[]) => {
    const o = b.map((bk, k) => bk + x.reduce((s, xj, j) => s + xj * (W[j]?.[k] ?? 0), 0))
    const top = Math.max(...o)
    const e = o.map((v) => Math.exp(v - top))
    const total = e.reduce((s, v) => s + v, 0)
    return e.map((v) => v / total)
  }
  for (let step = 0; step < steps; step++) {
    const gW = Array.from({ length: d }, () => new Array<number>(classes).fill(0))
    const gb = new Array<number>(classes).fill(0)
    X.forEach((x, i) => {
      probabilities(x).forEach((p, k) => {
        const error = (p - (y[i] === k ? 1 : 0)) / X.length
        gb[k] = (gb[k] ?? 0) + error
        x.forEach((xj, j) => {
          const row = gW[j] as number[]
          row[k] = (row[k] ?? 0) + error * xj
        })
      })
    })
    W.forEach((row, j) => {
      row.forEach((_, k) => {
        row[k] = (row[k] ?? 0) - lr * (gW[j]?.[k] ?? 0)
      })
    })
    b.forEach((_, k) => {
      b[k] = (b[k] ?? 0) - lr * (gb[k] ?? 0)
    })
  }
  const predict = (x: number[]) => {
    const p = probabilities(x)
    return p.indexOf(Math.max(...p))
  }
  return { predict }
}

const IRIS_FIT = { epochs: 100, batchSize: 8, lr: 0.5 }

/** Standardizes with the training statistics, fits, and returns the test accuracy of both models. */
async function trainAndTest(Xtrain: Tensor, ytrain: Tensor, Xtest: Tensor, ytest: Tensor) {
  const { X: train, transform } = standardize(Xtrain)
  const test = transform(Xtest)
  const model = new SoftmaxRegression({ inputs: 4, classes: 3, seed: 0 })
  const history = await model.fit(train, ytrain, IRIS_FIT)
  const ours = accuracy(model.forward(test), ytest)
  const reference = referenceSoftmax(
    train.arraySync() as number[][],
    Array.from(ytrain.dataSync()),
    3,
  )
  const labels = Array.from(ytest.dataSync())
  const rows = test.arraySync() as number[][]
  const theirs = rows.filter((x, i) => reference.predict(x) === labels[i]).length / rows.length
  return { ours, theirs, history }
}

describe('SoftmaxRegression on Fisher’s iris flowers', () => {
  const { X, y } = loadIris()

  it('classifies a held-out fifth as well as a float64 reference implementation', async () => {
    const split = trainTestSplit([X, y], { testFraction: 0.2, seed: 0 })
    const [Xtrain, ytrain] = split.train
    const [Xtest, ytest] = split.test
    const { ours, theirs, history } = await trainAndTest(Xtrain, ytrain, Xtest, ytest)
    console.log(`iris, 30 held-out flowers: test accuracy ${ours}, float64 reference ${theirs}`)
    expect(ours).toBeGreaterThanOrEqual(0.9)
    expect(Math.abs(ours - theirs)).toBeLessThanOrEqual(1 / 30 + 1e-9)
    expect(history.loss.at(-1)).toBeLessThan(history.loss[0] as number)
  }, 60_000) // training runs through tfjs ops: seconds on a busy machine

  it('reaches the linear classifiers’ usual 5-fold cross-validated accuracy (about 0.96–0.98)', async () => {
    // Five folds of 30 flowers from one seeded permutation; each is the test set once.
    const order = Array.from(permutation(150, { seed: 0 }))
    const ours: number[] = []
    const theirs: number[] = []
    for (let fold = 0; fold < 5; fold++) {
      const testRows = order.slice(fold * 30, fold * 30 + 30)
      const trainRows = order.filter((_, i) => i < fold * 30 || i >= fold * 30 + 30)
      const take = (t: Tensor, rows: number[]) => gather(t, tensor1d(rows, 'int32'))
      const result = await trainAndTest(
        take(X, trainRows),
        take(y, trainRows),
        take(X, testRows),
        take(y, testRows),
      )
      ours.push(result.ours)
      theirs.push(result.theirs)
    }
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length
    console.log(
      `iris, 5-fold cross-validation: accuracy ${mean(ours).toFixed(3)} (folds ${ours.map((a) => a.toFixed(3)).join(', ')}), float64 reference ${mean(theirs).toFixed(3)}`,
    )
    expect(mean(ours)).toBeGreaterThanOrEqual(0.93)
    // At most three flowers of 150 apart from the reference.
    expect(Math.abs(mean(ours) - mean(theirs))).toBeLessThanOrEqual(3 / 150 + 1e-9)
  }, 120_000)
})

describe('SoftmaxRegression.fit, one step by hand', () => {
  it('takes the SGD step W ← W − lr·Xᵀ(softmax(XW + b) − Y)/n from zero weights', async () => {
    // With W = 0 and b = 0 every class has probability 1/3, so the gradient is plain arithmetic.
    const X = [
      [1, 2],
      [0, -1],
      [3, 0],
      [-2, 1],
    ]
    const y = [0, 2, 1, 0]
    const lr = 0.3
    const model = new SoftmaxRegression({ inputs: 2, classes: 3, initStd: 0 })
    await model.fit(tensor2d(X), tensor1d(y, 'int32'), {
      epochs: 1,
      batchSize: 4,
      lr,
      shuffle: false,
    })
    const error = X.map((_, i) => [0, 1, 2].map((k) => 1 / 3 - (y[i] === k ? 1 : 0)))
    const expectedW = [0, 1].map((j) =>
      [0, 1, 2].map(
        (k) => (-lr * X.reduce((s, x, i) => s + (x[j] ?? 0) * (error[i]?.[k] ?? 0), 0)) / 4,
      ),
    )
    const expectedB = [0, 1, 2].map((k) => (-lr * error.reduce((s, e) => s + (e[k] ?? 0), 0)) / 4)
    const { W, b } = model.weights()
    W.forEach((row, j) => {
      row.forEach((v, k) => {
        expect(v).toBeCloseTo(expectedW[j]?.[k] as number, 6)
      })
    })
    b.forEach((v, k) => {
      expect(v).toBeCloseTo(expectedB[k] as number, 6)
    })
  })

  it('gives identical weights twice for the same seed, and leaves memory where it started', async () => {
    const { X, y } = loadIris()
    const run = async () => {
      const model = new SoftmaxRegression({ inputs: 4, classes: 3, seed: 3 })
      await model.fit(X, y, { epochs: 2, batchSize: 32, lr: 0.01, validation: [X, y] })
      const weights = model.weights()
      model.dispose()
      return weights
    }
    const first = await run()
    const tensors = memory().numTensors
    expect(await run()).toEqual(first)
    expect(memory().numTensors).toBe(tensors)
  })
})

describe('predict and predictProba', () => {
  const model = new SoftmaxRegression({ inputs: 2, classes: 3, initStd: 0 })
  model.W.assign(
    tensor2d([
      [1, 0, -1],
      [0, 2, 0],
    ]),
  )
  model.b.assign(tensor1d([0, 0, 0.5]))
  const rows = [
    [1, 0],
    [0, 1],
    [-2, 0],
  ]

  it('gives softmax(XW + b) as probabilities and its argmax as the class', () => {
    // Logits by hand: [1, 0, −0.5], [0, 2, 0.5], [−2, 0, 2.5].
    const logits = [
      [1, 0, -0.5],
      [0, 2, 0.5],
      [-2, 0, 2.5],
    ]
    const P = model.predictProba(rows)
    logits.forEach((o, i) => {
      const total = o.reduce((s, v) => s + Math.exp(v), 0)
      o.forEach((v, k) => {
        expect(P[i]?.[k]).toBeCloseTo(Math.exp(v) / total, 6)
      })
    })
    expect(model.predict(rows)).toEqual([0, 1, 2])
    const predicted = model.predict(tensor2d(rows))
    expect(predicted.dtype).toBe('int32')
    expect(Array.from(predicted.dataSync())).toEqual([0, 1, 2])
    expect(model.predictProba(tensor2d(rows)).shape).toEqual([3, 3])
  })

  it('refuses rows of the wrong length', () => {
    expect(() => model.predict([[1, 2, 3]])).toThrow(
      'X[0]: expected an array of 2 numbers (one per input), received an array of length 3',
    )
    expect(() => model.predictProba(tensor2d([[1, 2, 3]]))).toThrow(ShapeError)
  })
})

describe('bad labels and data get errors that name them', () => {
  const X = tensor2d([
    [1, 2],
    [3, 4],
    [5, 6],
  ])
  const model = new SoftmaxRegression({ inputs: 2, classes: 3, seed: 0 })
  const cases: [string, () => Promise<unknown>, typeof ShapeError | typeof ValueError, string][] = [
    [
      'a label equal to the number of classes',
      () => model.fit(X, tensor1d([0, 3, 1], 'int32')),
      ValueError,
      'y: expected class indices: whole numbers in [0, 3), received 3 at [1]',
    ],
    [
      'a negative label',
      () => model.fit(X, tensor1d([0, 1, -1])),
      ValueError,
      'y: expected class indices: whole numbers in [0, 3), received -1 at [2]',
    ],
    [
      'a fractional label',
      () => model.fit(X, tensor1d([0.5, 1, 2])),
      ValueError,
      'y: expected class indices: whole numbers in [0, 3), received 0.5 at [0]',
    ],
    [
      'too few labels',
      () => model.fit(X, tensor1d([0, 1], 'int32')),
      ShapeError,
      'y: expected [3]: one class index per row of X [3, 2], received [2]',
    ],
    [
      'one-hot labels',
      () =>
        model.fit(
          X,
          tensor2d([
            [1, 0, 0],
            [0, 1, 0],
            [0, 0, 1],
          ]),
        ),
      ShapeError,
      'y: expected [3]: one class index per row of X [3, 2], received [3, 3]',
    ],
    [
      'bad validation labels',
      () => model.fit(X, tensor1d([0, 1, 2]), { validation: [X, tensor1d([0, 1, 7])] }),
      ValueError,
      'options.validation[1]: expected class indices: whole numbers in [0, 3), received 7 at [2]',
    ],
    [
      'the wrong number of features',
      () => model.fit(tensor2d([[1, 2, 3]]), tensor1d([0])),
      ShapeError,
      'X: expected [n, 2], received [1, 3]',
    ],
    [
      'NaN in X',
      () => model.fit(tensor2d([[1, Number.NaN]]), tensor1d([0])),
      ValueError,
      'X: expected finite numbers, received NaN at [0, 1]',
    ],
    [
      'a batch size above n',
      () => model.fit(X, tensor1d([0, 1, 2]), { batchSize: 4 }),
      ValueError,
      'batchSize: expected an integer >= 1 and <= 3, received 4',
    ],
  ]
  it.each(cases)('%s', async (_, call, type, message) => {
    const before = model.weights()
    await expect(call()).rejects.toThrow(type)
    await expect(call()).rejects.toThrow(message)
    expect(model.weights()).toEqual(before)
  })

  it('refuses fewer than two classes', () => {
    expect(() => new SoftmaxRegression({ inputs: 2, classes: 1 })).toThrow(
      'options.classes: expected an integer >= 2, received 1',
    )
  })
})
