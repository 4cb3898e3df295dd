// The test flowers by petal length and width, marked with the species the model predicts. A cross
// marks a mistake. The model saw all four measurements; these two separate the species best.
import { standardize, trainTestSplit } from '@d2l-ts/data'
import { loadIris, SoftmaxRegression } from '@d2l-ts/models-softmax'
import { plot } from '@d2l-ts/plot'

const { X, y, classNames, featureNames } = loadIris()
const { train, test } = trainTestSplit([X, y], { testFraction: 0.2, seed: 0 })
const { X: Xtrain, transform } = standardize(train[0])
const model = new SoftmaxRegression({ inputs: 4, classes: 3, seed: 0 })
await model.fit(Xtrain, train[1], { epochs: 100, batchSize: 8, lr: 0.5 })

const predicted = Array.from(model.predict(transform(test[0])).dataSync())
const truth = Array.from(test[1].dataSync())
const flowers = test[0].arraySync() as number[][] // in centimetres
const petal = (rows: number[][]) => [rows.map((r) => r[2] ?? 0), rows.map((r) => r[3] ?? 0)]

// One marker series per predicted species, then one for the mistakes.
const groups = [0, 1, 2].map((c) => flowers.filter((_, i) => predicted[i] === c))
const wrong = flowers.filter((_, i) => predicted[i] !== truth[i])
for (const [c, name] of classNames.entries()) {
  console.log(`predicted ${name}: ${groups[c]?.length}`)
}
console.log(`mistakes: ${wrong.length}`)
for (const [i, p] of predicted.entries()) {
  if (p !== truth[i]) console.log(`  a ${classNames[truth[i] ?? 0]} taken for ${classNames[p]}`)
}

const series = [...groups, wrong].map(petal)
console.log(
  plot(
    series.map(([x]) => x ?? []),
    series.map(([, width]) => width ?? []),
    {
      fmts: ['bo', 'g^', 'rs', 'kx'],
      xlabel: featureNames[2],
      ylabel: featureNames[3],
      legend: [...classNames.map((name) => `predicted ${name}`), 'mistake'],
      figsize: [4.5, 3],
      title: 'Test flowers by petal length and width, marked by predicted species',
    },
  ),
)
