// 3.2.6–3.2.7：从零开始训练。每一步读取一个小批量，用自动微分求平方损失之和的梯度，
// 再用书中的 sgd 更新参数。数据、数据迭代器、模型和损失函数就是上面写出的那些，
// 已保存在各个包里（书中也是这样把它们存进 d2l 库的）。
import { dataIter, syntheticData } from '@d2l-ts/data'
import { squaredLoss } from '@d2l-ts/losses'
import { linreg } from '@d2l-ts/models-linear'
import { sgd } from '@d2l-ts/optim-sgd'
import { mean, randomNormal, sum, tidy, variable, variableGrads, zeros } from '@d2l-ts/tensor'

const trueW = [2, -3.4]
const trueB = 4.2
const { X: features, y: labels } = syntheticData(trueW, trueB, 1000, { seed: 0 })
const w = variable(randomNormal([2, 1], { std: 0.01, seed: 0 }), true, 'w')
const b = variable(zeros([1]), true, 'b')

const lr = 0.03
const numEpochs = 3
const batchSize = 10
for (let epoch = 0; epoch < numEpochs; epoch++) {
  for (const [X, y] of dataIter(batchSize, features, labels, { seed: epoch })) {
    // 损失是小批量上的和；sgd 会除以批量大小，所以每步走的是平均梯度乘以学习率。
    const { value, grads } = variableGrads(() => sum(squaredLoss(linreg(X, w, b), y)), [w, b])
    sgd([w, b], grads, lr, batchSize)
    value.dispose()
    for (const g of Object.values(grads)) g.dispose()
  }
  const loss = tidy(
    () => mean(squaredLoss(linreg(features, w, b), labels)).dataSync()[0] ?? Number.NaN,
  )
  console.log(`epoch ${epoch + 1}, loss ${loss.toExponential(3)}`)
}

const learnedW = Array.from(w.dataSync())
const learnedB = b.dataSync()[0] ?? Number.NaN
const vec = (v: number[]) => `[${v.map((x) => x.toFixed(5)).join(', ')}]`
console.log(`w: ${vec(learnedW)}`)
console.log(`b: ${learnedB.toFixed(5)}`)
console.log(`w error: ${vec(trueW.map((t, i) => t - (learnedW[i] ?? Number.NaN)))}`)
console.log(`b error: ${(trueB - learnedB).toFixed(5)}`)
