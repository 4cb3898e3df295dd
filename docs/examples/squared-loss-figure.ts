// The squared loss, drawn: a dozen noisy points, the least-squares line, and each point's residual.
// The loss adds up ½·(residual)², so long residuals cost far more than short ones.
import { LinearRegression, syntheticData } from '@d2l-ts/d2l'
import { scatter } from '@d2l-ts/plot'

// 12 examples of y = 1.2x + 0.5 + ε, ε ~ N(0, 1): one feature, so it can be drawn in 2-D.
const { X, y } = syntheticData([1.2], 0.5, 12, { noiseStd: 1, seed: 3 })
const { w, b } = new LinearRegression({ inputs: 1 }).fitClosedForm(X, y)
const slope = w[0]?.[0] ?? Number.NaN
const intercept = b[0] ?? Number.NaN

const xs = Array.from(X.dataSync())
const ys = Array.from(y.dataSync())
const loss = xs.reduce((s, x, i) => s + 0.5 * (slope * x + intercept - (ys[i] as number)) ** 2, 0)
console.log(`w: ${slope.toFixed(4)}`)
console.log(`b: ${intercept.toFixed(4)}`)
console.log(`L: ${(loss / xs.length).toFixed(4)}`) // the mean of ½(ŷ − y)², the smallest any line gets

const svg = scatter(xs, ys, {
  fit: { w: slope, b: intercept },
  residuals: true,
  xlabel: 'x',
  ylabel: 'y',
  legend: ['(x, y)', 'ŷ = wx + b', 'ŷ − y'],
})
console.log(svg)
