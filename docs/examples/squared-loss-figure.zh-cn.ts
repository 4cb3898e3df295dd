// 把平方损失画出来：十几个带噪声的点、最小二乘直线和每个点的残差。
// 损失把 ½·(残差)² 加起来，所以长的残差比短的代价大得多。
import { LinearRegression, syntheticData } from '@d2l-ts/d2l'
import { scatter } from '@d2l-ts/plot'

// y = 1.2x + 0.5 + ε（ε ~ N(0, 1)）的 12 个样本：只有一个特征，才能画在平面上。
const { X, y } = syntheticData([1.2], 0.5, 12, { noiseStd: 1, seed: 3 })
const { w, b } = new LinearRegression({ inputs: 1 }).fitClosedForm(X, y)
const slope = w[0]?.[0] ?? Number.NaN
const intercept = b[0] ?? Number.NaN

const xs = Array.from(X.dataSync())
const ys = Array.from(y.dataSync())
const loss = xs.reduce((s, x, i) => s + 0.5 * (slope * x + intercept - (ys[i] as number)) ** 2, 0)
console.log(`w: ${slope.toFixed(4)}`)
console.log(`b: ${intercept.toFixed(4)}`)
console.log(`L: ${(loss / xs.length).toFixed(4)}`) // ½(ŷ − y)² 的平均值，任何直线都不能更小

const svg = scatter(xs, ys, {
  fit: { w: slope, b: intercept },
  residuals: true,
  title: '平方损失示意：12 个样本点、最小二乘直线和每个点到直线的残差',
  xlabel: 'x',
  ylabel: 'y',
  legend: ['(x, y)', 'ŷ = wx + b', 'ŷ − y'],
})
console.log(svg)
