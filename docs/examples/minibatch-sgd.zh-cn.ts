// 与 3.2 节相同的小批量随机梯度下降：批量大小 10，学习率 0.03，训练 3 个迭代周期。
import { evaluateLoss, LinearRegression, squaredLoss, syntheticData } from '@d2l-ts/d2l'

const trueW = [2, -3.4]
const trueB = 4.2
const { X, y } = syntheticData(trueW, trueB, 1000, { noiseStd: 0.01, seed: 0 })
// w 初始化为 N(0, 0.01²) 的样本，b 为 0；随机种子同时固定了小批量的顺序。
const model = new LinearRegression({ inputs: 2, seed: 0 })

await model.fit(X, y, {
  epochs: 3,
  batchSize: 10,
  lr: 0.03,
  // 与书中一样，每个迭代周期结束后报告整个训练集上的损失。它不会远低于 ½σ² = 5e-5：
  // 这部分是任何直线都解释不了的噪声。
  onEpoch: ({ epoch }) => {
    const loss = evaluateLoss(model, [[X, y]], squaredLoss)
    console.log(`epoch ${epoch}, loss ${loss.toExponential(3)}`)
  },
})

const w = model.weights().w.flat()
const [b = Number.NaN] = model.weights().b
const vec = (v: number[]) => `[${v.map((x) => x.toFixed(5)).join(', ')}]`
console.log(`w: ${vec(w)}`)
console.log(`b: ${b.toFixed(5)}`)
console.log(`w error: ${vec(trueW.map((t, i) => t - (w[i] ?? Number.NaN)))}`)
console.log(`b error: ${(trueB - b).toFixed(5)}`)
