// Exercise 3: noise from the Laplace density p(ε) = ½exp(−|ε|), plus a few gross outliers.
// Its negative log-likelihood is Σ(log 2 + |yᵢ − ŷᵢ|), so maximum likelihood minimizes the absolute
// error. That has no closed form, but SGD on the l1 loss gets close to the optimum.
import { LinearRegression, syntheticData } from '@d2l-ts/d2l'
import { l1Loss, squaredLoss } from '@d2l-ts/losses'
import { add, createRng, tensor2d } from '@d2l-ts/tensor'

const trueW = [2, -3.4]
const trueB = 4.2
const n = 1000
const { X, y: clean } = syntheticData(trueW, trueB, n, { noiseStd: 0, seed: 0 })

// Laplace noise by inverting its CDF; then one label in twenty is off by +15 (a typo, a bad sensor).
const rng = createRng(0)
const laplace = () => {
  const u = rng() - 0.5
  return -Math.sign(u) * Math.log(1 - 2 * Math.abs(u))
}
const outlier = Array.from({ length: n }, () => rng() < 0.05)
const noise = outlier.map((isOutlier) => laplace() + (isOutlier ? 15 : 0))
const y = add(clean, tensor2d(noise, [n, 1]))
console.log(`outliers: ${outlier.filter(Boolean).length} / ${n}`)

// The same model, data, seeds and SGD settings; only the loss differs. An outlier pulls on the
// squared loss's gradient in proportion to its size, on the l1 loss's with a fixed strength.
for (const [name, loss] of [
  ['l1Loss', l1Loss],
  ['squaredLoss', squaredLoss],
] as const) {
  const model = new LinearRegression({ inputs: 2, seed: 0 })
  await model.fit(X, y, { loss, epochs: 5, batchSize: 10, lr: 0.03 })
  const w = model.weights().w.flat()
  const [b = Number.NaN] = model.weights().b
  // The distance to the truth over all three parameters.
  const error = Math.hypot(...trueW.map((t, i) => t - (w[i] ?? Number.NaN)), trueB - b)
  const vec = w.map((v) => v.toFixed(4)).join(', ')
  console.log(`${name}: w: [${vec}], b: ${b.toFixed(4)}, error: ${error.toFixed(4)}`)
}
