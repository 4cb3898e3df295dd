// 3.6 节的训练曲线：每个迭代周期结束后记录训练损失，以及训练集和测试集上的准确率。
// 准确率很快上升，随后趋于平稳，而损失还在继续下降。
import { standardize, trainTestSplit } from '@d2l-ts/data'
import { evaluate, loadIris, SoftmaxRegression } from '@d2l-ts/models-softmax'
import { plot } from '@d2l-ts/plot'

const { X, y } = loadIris()
const { train, test } = trainTestSplit([X, y], { testFraction: 0.2, seed: 0 })
const { X: Xtrain, transform } = standardize(train[0])
const Xtest = transform(test[0])

const model = new SoftmaxRegression({ inputs: 4, classes: 3, seed: 0 })
const epochs: number[] = []
const curves = { loss: [] as number[], trainAccuracy: [] as number[], testAccuracy: [] as number[] }
await model.fit(Xtrain, train[1], {
  epochs: 30,
  batchSize: 8,
  lr: 0.5,
  onEpoch: ({ epoch, loss }) => {
    epochs.push(epoch)
    curves.loss.push(loss)
    curves.trainAccuracy.push(evaluate(model, Xtrain, train[1]).accuracy)
    curves.testAccuracy.push(evaluate(model, Xtest, test[1]).accuracy)
  },
})

const last = epochs.length - 1
console.log(`epochs: ${epochs.length}`)
console.log(`train loss: ${curves.loss[0]?.toFixed(4)} → ${curves.loss[last]?.toFixed(4)}`)
console.log(`train accuracy: ${curves.trainAccuracy[last]?.toFixed(4)}`)
console.log(`test accuracy: ${curves.testAccuracy[last]?.toFixed(4)}`)
console.log(
  plot(epochs, [curves.loss, curves.trainAccuracy, curves.testAccuracy], {
    xlabel: '迭代周期',
    legend: ['训练损失', '训练准确率', '测试准确率'],
    ylim: [0, 1.05],
    figsize: [4.5, 2.8],
    title: '鸢尾花上 softmax 回归每个迭代周期的训练损失与准确率',
  }),
)
