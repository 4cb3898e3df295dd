// 练习 3：噪声服从拉普拉斯分布 p(ε) = ½exp(−|ε|)，另加少量严重的离群点。
// 负对数似然为 Σ(log 2 + |yᵢ − ŷᵢ|)，所以极大似然就是最小化绝对误差。
// 它没有解析解，但对 L1 损失做随机梯度下降能接近最优解。
import { LinearRegression, syntheticData } from '@d2l-ts/d2l'
import { l1Loss, squaredLoss } from '@d2l-ts/losses'
import { add, createRng, tensor2d } from '@d2l-ts/tensor'

const trueW = [2, -3.4]
const trueB = 4.2
const n = 1000
const { X, y: clean } = syntheticData(trueW, trueB, n, { noiseStd: 0, seed: 0 })

// 用分布函数的反函数生成拉普拉斯噪声；再让约二十分之一的标签偏离 +15（录入错误、传感器故障）。
const rng = createRng(0)
const laplace = () => {
  const u = rng() - 0.5
  return -Math.sign(u) * Math.log(1 - 2 * Math.abs(u))
}
const outlier = Array.from({ length: n }, () => rng() < 0.05)
const noise = outlier.map((isOutlier) => laplace() + (isOutlier ? 15 : 0))
const y = add(clean, tensor2d(noise, [n, 1]))
console.log(`outliers: ${outlier.filter(Boolean).length} / ${n}`)

// 模型、数据、随机种子和优化设置都相同，只有损失函数不同。离群点对平方损失梯度的拉力与其偏离程度成正比，
// 对 L1 损失的拉力则是固定的。
for (const [name, loss] of [
  ['l1Loss', l1Loss],
  ['squaredLoss', squaredLoss],
] as const) {
  const model = new LinearRegression({ inputs: 2, seed: 0 })
  await model.fit(X, y, { loss, epochs: 5, batchSize: 10, lr: 0.03 })
  const w = model.weights().w.flat()
  const [b = Number.NaN] = model.weights().b
  // 三个参数合起来与真值的距离。
  const error = Math.hypot(...trueW.map((t, i) => t - (w[i] ?? Number.NaN)), trueB - b)
  const vec = w.map((v) => v.toFixed(4)).join(', ')
  console.log(`${name}: w: [${vec}], b: ${b.toFixed(4)}, error: ${error.toFixed(4)}`)
}
