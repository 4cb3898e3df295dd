// Softmax regression on Fisher's iris flowers: hold out a fifth, scale the features with the
// training statistics, train for 100 epochs, then measure the accuracy on the flowers never seen.
import { standardize, trainTestSplit } from '@d2l-ts/data'
import { evaluate, loadIris, SoftmaxRegression } from '@d2l-ts/models-softmax'

const { X, y, classNames } = loadIris() // 150 flowers, 4 measurements (cm), 3 species
const { train, test } = trainTestSplit([X, y], { testFraction: 0.2, seed: 0 })
const { X: Xtrain, transform } = standardize(train[0])
const Xtest = transform(test[0])

const model = new SoftmaxRegression({ inputs: 4, classes: 3, seed: 0 })
const history = await model.fit(Xtrain, train[1], { epochs: 100, batchSize: 8, lr: 0.5 })

const result = evaluate(model, Xtest, test[1])
console.log(`train examples: ${train[1].shape[0]}, test examples: ${result.examples}`)
console.log(
  `training loss: ${history.loss[0]?.toFixed(4)} (epoch 1) → ${history.loss.at(-1)?.toFixed(4)} (epoch 100)`,
)
console.log(`test loss: ${result.loss.toFixed(4)}`)
console.log(`test accuracy: ${result.accuracy.toFixed(4)}`)

// The first five test flowers: the true species, the prediction and its probability.
const probabilities = model.predictProba(Xtest).arraySync() as number[][]
const truth = Array.from(test[1].dataSync())
for (const [i, p] of probabilities.slice(0, 5).entries()) {
  const best = p.indexOf(Math.max(...p))
  console.log(
    `flower ${i + 1}: ${classNames[truth[i] ?? 0]} → ${classNames[best]} (p = ${p[best]?.toFixed(3)})`,
  )
}
