// 损失为什么接收 logits（3.7.2 节）：先 softmax 再取对数，分数一大就会出错，
// 因为在 float32 中 exp(10000) 是 Infinity。crossEntropy 在对数空间中计算，结果保持精确。
import { crossEntropy } from '@d2l-ts/losses'
import { div, exp, log, neg, sum, tensor1d, tensor2d } from '@d2l-ts/tensor'

const logits = tensor2d([
  [1e4, -1e4, 0], // 非常确信是类别 0，而且对了
  [-1e4, 1e4, 0], // 非常确信是类别 1，但标签是 0
  [2, 1, 0.1], // 一个普通的样本
])
const labels = tensor1d([0, 0, 0], 'int32')

// 3.6 节的朴素做法：先求概率，再对真实类别的概率取对数。
const probabilities = div(exp(logits), sum(exp(logits), 1, true))
const naive = neg(log(probabilities)).arraySync() as number[][]
console.log(`naive: [${naive.map((row) => row[0]).join(', ')}]`)

// 稳定的做法：先减去每行的最大值，再算 log Σ exp(o) − o_y。
const stable = crossEntropy(logits, labels, { reduction: 'none' })
console.log(`crossEntropy: [${Array.from(stable.dataSync()).join(', ')}]`)
console.log(
  `by hand: [0, 20000, ${(Math.log(Math.exp(2) + Math.exp(1) + Math.exp(0.1)) - 2).toFixed(7)}]`,
)
