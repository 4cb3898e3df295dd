// Section 3.2, "linear regression from scratch", written with the book's names from this package.
import { mul, randomNormal, sum, tidy, variable, variableGrads, zeros } from '@d2l-ts/tensor'
import { expect, it } from 'vitest'
import { dataIter, linreg, sgd, squaredLoss, syntheticData } from './index.js'

it('trains the book’s model to within 0.01 of w = [2, −3.4], b = 4.2 with a final loss below 1e-4', () => {
  const trueW = [2, -3.4]
  const trueB = 4.2
  const { X: features, y: labels } = syntheticData(trueW, trueB, 1000, { noiseStd: 0.01, seed: 42 })

  // w ~ N(0, 0.01²), b = 0, as the book initialises them
  const w = variable(randomNormal([2, 1], { std: 0.01, seed: 0 }))
  const b = variable(zeros([1]))
  const [lr, numEpochs, batchSize] = [0.03, 3, 10]
  const epochLosses: number[] = []

  for (let epoch = 0; epoch < numEpochs; epoch++) {
    for (const [X, y] of dataIter(batchSize, features, labels, { seed: epoch })) {
      // The gradient of the loss summed over the minibatch; sgd divides by the batch size.
      const { grads, value } = variableGrads(() => sum(squaredLoss(linreg(X, w, b), y)), [w, b])
      sgd([w, b], grads, lr, batchSize)
      value.dispose()
      for (const g of Object.values(grads)) g.dispose()
    }
    epochLosses.push(
      tidy(() => mul(sum(squaredLoss(linreg(features, w, b), labels)), 1 / 1000).dataSync()[0]!),
    )
  }

  const [w0, w1] = w.dataSync()
  expect(Math.abs(w0! - 2)).toBeLessThan(0.01)
  expect(Math.abs(w1! + 3.4)).toBeLessThan(0.01)
  expect(Math.abs(b.dataSync()[0]! - 4.2)).toBeLessThan(0.01)
  expect(epochLosses[2]).toBeLessThan(1e-4)
  expect(epochLosses[0]!).toBeGreaterThan(epochLosses[2]!)
})
