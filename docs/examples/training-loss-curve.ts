// The training run of 3.2 (batch 10, lr 0.03, 3 epochs), one point per minibatch step. A log
// axis shows both phases: the fast fall from the random start, then the noisy floor near ½σ².
import { LinearRegression, plot, syntheticData } from '@d2l-ts/d2l'

const { X, y } = syntheticData([2, -3.4], 4.2, 1000, { noiseStd: 0.01, seed: 0 })
const model = new LinearRegression({ inputs: 2, seed: 0 })

// onBatch sees each minibatch's mean loss, measured just before its update.
const losses: number[] = []
await model.fit(X, y, {
  epochs: 3,
  batchSize: 10,
  lr: 0.03,
  onBatch: ({ loss }) => {
    losses.push(loss)
  },
})

const steps = losses.map((_, i) => i + 1)
console.log(`steps: ${losses.length}`)
console.log(`first loss: ${losses[0]?.toExponential(3)}`)
console.log(`last loss: ${losses.at(-1)?.toExponential(3)}`)
console.log(plot(steps, losses, { xlabel: 'step', ylabel: 'loss', yscale: 'log' }))
