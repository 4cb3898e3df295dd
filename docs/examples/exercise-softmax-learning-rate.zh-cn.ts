// 练习 3：用 0.01 到 5000 的学习率重做本页的训练。学习率太小，学得很慢；太大，损失在
// 迭代周期之间来回跳动，并随学习率一起增大。但不会溢出：损失对一个 logit 的梯度
// softmax(o)ⱼ − yⱼ 总在 [−1, 1] 之内。
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
