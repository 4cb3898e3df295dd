// Predict every label with one constant b and scan b over a grid. The squared loss and the
// Gaussian negative log-likelihood, whatever σ, bottom out at the same b: the mean of the labels.
import { gaussianNLL, squaredLoss } from '@d2l-ts/losses'
import { plot } from '@d2l-ts/plot'
import { fill, mean, tensor1d, tidy } from '@d2l-ts/tensor'

const labels = [1.2, 2.5, 1.9, 3.1, 2.3]
const y = tensor1d(labels)
const sigmas = [0.5, 1, 2]
const grid = Array.from({ length: 441 }, (_, i) => i * 0.01) // b = 0, 0.01, …, 4.4

// Both losses are means over the examples. σ only scales the NLL's squared term and adds a
// constant ½log(2πσ²), so neither can move the minimum.
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
console.log(plot(grid, curves, { xlabel: 'b', ylabel: 'loss', legend: names, figsize: [4.5, 3] }))
