// Linear regression in a few lines: the book's synthetic data, a one-layer model, minibatch SGD.
import { LinearRegression, syntheticData } from '@d2l-ts/d2l'

const trueW = [2, -3.4]
const trueB = 4.2
// 1000 examples of y = Xw + b + ε with ε ~ N(0, 0.01²); the seeds make every run identical.
const { X, y } = syntheticData(trueW, trueB, 1000, { noiseStd: 0.01, seed: 0 })
const model = new LinearRegression({ inputs: 2, seed: 0 })
await model.fit(X, y, { epochs: 3, batchSize: 10, lr: 0.03 })

const w = model.weights().w.flat()
const [b = Number.NaN] = model.weights().b
const vec = (v: number[]) => `[${v.map((x) => x.toFixed(5)).join(', ')}]`
console.log(`w: ${vec(w)}`)
console.log(`b: ${b.toFixed(5)}`)
// As in the book, the error is the truth minus the estimate.
console.log(`w error: ${vec(trueW.map((t, i) => t - (w[i] ?? Number.NaN)))}`)
console.log(`b error: ${(trueB - b).toFixed(5)}`)
