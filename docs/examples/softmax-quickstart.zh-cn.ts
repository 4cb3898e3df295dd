// 在 Fisher 的鸢尾花数据上训练 softmax 回归：留出五分之一作测试集，用训练集的统计量标准化特征，
// 训练 100 个迭代周期，再在从未见过的花上测量准确率。
import { standardize, trainTestSplit } from '@d2l-ts/data'
import { evaluate, loadIris, SoftmaxRegression } from '@d2l-ts/models-softmax'

const { X, y, classNames } = loadIris() // 150 朵花，4 个测量值（厘米），3 个品种
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

// 前五朵测试花：真实品种、预测的品种及其概率。
const probabilities = model.predictProba(Xtest).arraySync() as number[][]
const truth = Array.from(test[1].dataSync())
for (const [i, p] of probabilities.slice(0, 5).entries()) {
  const best = p.indexOf(Math.max(...p))
  console.log(
    `flower ${i + 1}: ${classNames[truth[i] ?? 0]} → ${classNames[best]} (p = ${p[best]?.toFixed(3)})`,
  )
}
