// 3.3.3–3.3.7: the concise version. The model is one linear layer with 2 inputs and 1 output (the
// book's nn.Linear(2, 1)), the loss is the mean squared error and the optimizer the packages' SGD;
// trainStep takes one step of the book's loop: loss, gradients, update.
import { loadArray, syntheticData } from '@d2l-ts/data'
import { mseLoss } from '@d2l-ts/losses'
import { Linear } from '@d2l-ts/nn'
import { SGD } from '@d2l-ts/optim-sgd'
import { evaluateLoss, trainStep } from '@d2l-ts/train'

const trueW = [2, -3.4]
const trueB = 4.2
const { X: features, y: labels } = syntheticData(trueW, trueB, 1000, { seed: 0 })
const dataIter = loadArray([features, labels], 10, { seed: 0 })

// 3.3.3–3.3.4: weights from N(0, 0.01²) and a zero bias, as the book initializes them.
const net = new Linear({ inputs: 2, outputs: 1, initStd: 0.01, seed: 0 })
// 3.3.5: (ŷ − y)² without the ½, averaged over the batch: its gradient is twice the squared loss's.
const loss = mseLoss
// 3.3.6: minibatch SGD on the model's parameters.
const trainer = new SGD(net.parameters(), { lr: 0.03 })

// 3.3.7: three epochs; after each, the loss on all the data, which settles near σ² = 1e-4.
for (let epoch = 1; epoch <= 3; epoch++) {
  for (const [X, y] of dataIter) await trainStep(net, [X, y], { optimizer: trainer, loss })
  const l = evaluateLoss(net, [[features, labels]], loss)
  console.log(`epoch ${epoch}, loss ${l.toExponential(3)}`)
}

const w = Array.from(net.weight.dataSync())
const [b = Number.NaN] = net.bias.dataSync()
const vec = (v: number[]) => `[${v.map((x) => x.toFixed(5)).join(', ')}]`
console.log(`w: ${vec(w)}`)
console.log(`b: ${b.toFixed(5)}`)
console.log(`w error: ${vec(trueW.map((t, i) => t - (w[i] ?? Number.NaN)))}`)
console.log(`b error: ${(trueB - b).toFixed(5)}`)
