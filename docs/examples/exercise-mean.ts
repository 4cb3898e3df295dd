// Exercise 1: which constant b minimizes Σ(xᵢ − b)²? Setting the derivative −2Σ(xᵢ − b) to zero
// gives b = mean(x). A brute-force scan over b agrees.
import { argMin, expandDims, linspace, randomNormal, square, sub, sum } from '@d2l-ts/tensor'

const x = randomNormal([20], { mean: 3, std: 2, seed: 1 }) // 20 draws from N(3, 2²)
const values = Array.from(x.dataSync())
console.log(`x: [${values.map((v) => v.toFixed(4)).join(', ')}]`)

// Every candidate at once: a [grid, 1] column minus a [1, 20] row broadcasts to [grid, 20].
const grid = linspace(0, 6, 6001) // b = 0, 0.001, …, 6
const loss = sum(square(sub(expandDims(x, 0), expandDims(grid, 1))), 1)
const best = argMin(loss).dataSync()[0] as number
console.log(`scan: b = ${grid.dataSync()[best]?.toFixed(3)}`)

// The closed form. Its link to 3.1.3: if xᵢ ~ N(μ, σ²), the negative log-likelihood of μ is
// Σ(xᵢ − μ)²/(2σ²) plus a constant, so the mean is also the maximum-likelihood estimate of μ.
const mean = values.reduce((s, v) => s + v, 0) / values.length
console.log(`mean: b = ${mean.toFixed(4)}`)
