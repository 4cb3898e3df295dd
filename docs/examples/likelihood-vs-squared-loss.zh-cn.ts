// 用同一个常数 b 预测所有标签，并在网格上扫描 b。平方损失和高斯负对数似然（无论 σ 取多少）
// 都在同一个 b 处取得最小值：标签的均值。
import { gaussianNLL, squaredLoss } from '@d2l-ts/losses'
import { plot } from '@d2l-ts/plot'
import { fill, mean, tensor1d, tidy } from '@d2l-ts/tensor'

const labels = [1.2, 2.5, 1.9, 3.1, 2.3]
const y = tensor1d(labels)
const sigmas = [0.5, 1, 2]
const grid = Array.from({ length: 441 }, (_, i) => i * 0.01) // b = 0, 0.01, …, 4.4

// 两种损失都是对样本取平均。σ 只是缩放负对数似然中的平方项，并加上常数 ½log(2πσ²)，
// 两者都不会移动最小值点。
const lossesAt = (b: number): number[] =>
  tidy(() => {
    const yHat = fill([labels.length], b)
    const values = [
      mean(squaredLoss(yHat, y)),
      ...sigmas.map((sigma) => gaussianNLL(yHat, y, { sigma })),
    ]
    return values.map((v) => v.dataSync()[0] as number)
  })
const rows = grid.map(lossesAt)
const names = ['½(y − b)²', ...sigmas.map((sigma) => `−log p, σ = ${sigma}`)]
const curves = names.map((_, k) => rows.map((row) => row[k] as number))

console.log(`y: [${labels.join(', ')}]`)
console.log(`mean(y): ${(labels.reduce((s, v) => s + v, 0) / labels.length).toFixed(2)}`)
names.forEach((name, k) => {
  const curve = curves[k] as number[]
  console.log(`argmin ${name}: ${grid[curve.indexOf(Math.min(...curve))]?.toFixed(2)}`)
})
console.log(
  plot(grid, curves, {
    title: '平方损失与几个 σ 下的高斯负对数似然随 b 的变化：最小值点相同',
    xlabel: 'b',
    ylabel: '损失',
    legend: names,
    figsize: [4.5, 3],
  }),
)
