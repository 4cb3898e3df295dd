// 几行代码的线性回归：书中的合成数据、一层的模型、小批量随机梯度下降。
import { LinearRegression, syntheticData } from '@d2l-ts/d2l'

const trueW = [2, -3.4]
const trueB = 4.2
// 1000 个样本，y = Xw + b + ε，其中 ε ~ N(0, 0.01²)；固定的种子让每次运行的结果都相同。
const { X, y } = syntheticData(trueW, trueB, 1000, { noiseStd: 0.01, seed: 0 })
const model = new LinearRegression({ inputs: 2, seed: 0 })
await model.fit(X, y, { epochs: 3, batchSize: 10, lr: 0.03 })

const w = model.weights().w.flat()
const [b = Number.NaN] = model.weights().b
const vec = (v: number[]) => `[${v.map((x) => x.toFixed(5)).join(', ')}]`
console.log(`w: ${vec(w)}`)
console.log(`b: ${b.toFixed(5)}`)
// 和书中一样，误差是真实值减去估计值。
console.log(`w error: ${vec(trueW.map((t, i) => t - (w[i] ?? Number.NaN)))}`)
console.log(`b error: ${(trueB - b).toFixed(5)}`)
