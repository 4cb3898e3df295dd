// 练习 1：哪个常数 b 使 Σ(xᵢ − b)² 最小？令导数 −2Σ(xᵢ − b) 为零，得 b = mean(x)。
// 对 b 逐个扫描的结果与之一致。
import { argMin, expandDims, linspace, randomNormal, square, sub, sum } from '@d2l-ts/tensor'

const x = randomNormal([20], { mean: 3, std: 2, seed: 1 }) // 从 N(3, 2²) 中抽取 20 个数
const values = Array.from(x.dataSync())
console.log(`x: [${values.map((v) => v.toFixed(4)).join(', ')}]`)

// 一次算出所有候选值：[grid, 1] 的列减去 [1, 20] 的行，广播成 [grid, 20]。
const grid = linspace(0, 6, 6001) // b = 0, 0.001, …, 6
const loss = sum(square(sub(expandDims(x, 0), expandDims(grid, 1))), 1)
const best = argMin(loss).dataSync()[0] as number
console.log(`scan: b = ${grid.dataSync()[best]?.toFixed(3)}`)

// 解析解。它与 3.1.3 节的联系：若 xᵢ ~ N(μ, σ²)，μ 的负对数似然是 Σ(xᵢ − μ)²/(2σ²) 加一个常数，
// 所以均值也是 μ 的极大似然估计。
const mean = values.reduce((s, v) => s + v, 0) / values.length
console.log(`mean: b = ${mean.toFixed(4)}`)
