// 3.1.1 节的解析解：w* = (XᵀX)⁻¹Xᵀy，偏置并入 X 中全为 1 的一列。
// 不需要学习率、迭代周期和初始化：解一次线性方程组就得到最小二乘的最优解。
import { LinearRegression, syntheticData } from '@d2l-ts/d2l'

const trueW = [2, -3.4]
const trueB = 4.2
const { X, y } = syntheticData(trueW, trueB, 1000, { noiseStd: 0.01, seed: 0 })

// fitClosedForm 用 float64 求解；若有线性相关的列（比如重复的特征），XᵀX 奇异、最小值点不唯一，
// 它会报错并指出是哪一列。
const { w: wColumn, b: bias } = new LinearRegression({ inputs: 2 }).fitClosedForm(X, y)
const w = wColumn.flat()
const [b = Number.NaN] = bias

const vec = (v: number[]) => `[${v.map((x) => x.toFixed(5)).join(', ')}]`
console.log(`w: ${vec(w)}  (true [${trueW.join(', ')}])`)
console.log(`b: ${b.toFixed(5)}  (true ${trueB})`)
// 剩下的误差来自噪声：σ = 0.01、n = 1000 时，误差应在几个 1e-4 左右。
console.log(`w error: ${vec(trueW.map((t, i) => t - (w[i] ?? Number.NaN)))}`)
console.log(`b error: ${(trueB - b).toFixed(5)}`)
