// Exercise 3: the page's training run with learning rates from 0.01 to 5000. Too small a rate learns
// slowly; too large a one makes the loss jump from epoch to epoch and grow with the rate. Nothing
// overflows, though: the loss's gradient with respect to a logit, softmax(o)ⱼ − yⱼ, lies in [−1, 1].
import { standardize, trainTestSplit } from '@d2l-ts/data'
import { evaluate, loadIris, SoftmaxRegression } from '@d2l-ts/models-softmax'

const { X, y } = loadIris()
const { train, test } = trainTestSplit([X, y], { testFraction: 0.2, seed: 0 })
const { X: Xtrain, transform } = standardize(train[0])
const Xtest = transform(test[0])

for (const lr of [0.01, 0.5, 50, 5000]) {
  const model = new SoftmaxRegression({ inputs: 4, classes: 3, seed: 0 })
  const { loss } = await model.fit(Xtrain, train[1], { epochs: 30, batchSize: 8, lr })
  const lastTen = loss.slice(-10)
  const largestWeight = Math.max(...model.weights().W.flat().map(Math.abs))
  console.log(
    `lr ${lr}: loss ${Math.min(...lastTen).toFixed(3)}–${Math.max(...lastTen).toFixed(3)} ` +
      `over the last 10 epochs, test accuracy ${evaluate(model, Xtest, test[1]).accuracy.toFixed(4)}, ` +
      `largest |w| ${largestWeight.toFixed(1)}`,
  )
}
