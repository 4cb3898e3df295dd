// Minibatch SGD as in 3.2: batches of 10, learning rate 0.03, three passes over the data.
import { evaluateLoss, LinearRegression, squaredLoss, syntheticData } from '@d2l-ts/d2l'

const trueW = [2, -3.4]
const trueB = 4.2
const { X, y } = syntheticData(trueW, trueB, 1000, { noiseStd: 0.01, seed: 0 })
// w starts from N(0, 0.01²) and b from 0; the seed also fixes the order of the minibatches.
const model = new LinearRegression({ inputs: 2, seed: 0 })

await model.fit(X, y, {
  epochs: 3,
  batchSize: 10,
  lr: 0.03,
  // Like the book, report the loss on the whole training set after each epoch. It cannot fall far
  // below ½σ² = 5e-5: that much is noise no line can explain.
  onEpoch: ({ epoch }) => {
    const loss = evaluateLoss(model, [[X, y]], squaredLoss)
    console.log(`epoch ${epoch}, loss ${loss.toExponential(3)}`)
  },
})

const w = model.weights().w.flat()
const [b = Number.NaN] = model.weights().b
const vec = (v: number[]) => `[${v.map((x) => x.toFixed(5)).join(', ')}]`
console.log(`w: ${vec(w)}`)
console.log(`b: ${b.toFixed(5)}`)
console.log(`w error: ${vec(trueW.map((t, i) => t - (w[i] ?? Number.NaN)))}`)
console.log(`b error: ${(trueB - b).toFixed(5)}`)
