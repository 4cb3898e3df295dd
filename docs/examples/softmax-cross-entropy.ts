// Why the loss takes logits (3.7.2): softmax first and log afterwards breaks down for large scores,
// because exp(10000) is Infinity in float32. crossEntropy works in log space and stays exact.
import { crossEntropy } from '@d2l-ts/losses'
import { div, exp, log, neg, sum, tensor1d, tensor2d } from '@d2l-ts/tensor'

const logits = tensor2d([
  [1e4, -1e4, 0], // very sure of class 0, and right
  [-1e4, 1e4, 0], // very sure of class 1, but the label is 0
  [2, 1, 0.1], // an ordinary example
])
const labels = tensor1d([0, 0, 0], 'int32')

// The naive route of 3.6: probabilities, then the log of the true class's probability.
const probabilities = div(exp(logits), sum(exp(logits), 1, true))
const naive = neg(log(probabilities)).arraySync() as number[][]
console.log(`naive: [${naive.map((row) => row[0]).join(', ')}]`)

// The stable route: log Σ exp(o) − o_y with the row maximum taken out first.
const stable = crossEntropy(logits, labels, { reduction: 'none' })
console.log(`crossEntropy: [${Array.from(stable.dataSync()).join(', ')}]`)
console.log(
  `by hand: [0, 20000, ${(Math.log(Math.exp(2) + Math.exp(1) + Math.exp(0.1)) - 2).toFixed(7)}]`,
)
