// Exercise 2: the derivatives of the cross-entropy with respect to the logits. Autograd's gradient is
// softmax(o) − y (3.4.8); differentiating once more gives softmax(o)ⱼ(1 − softmax(o)ⱼ) on the
// diagonal: the variance of the indicator of class j when the class is drawn from softmax(o).
import { crossEntropy } from '@d2l-ts/losses'
import { softmax } from '@d2l-ts/models-softmax'
import { grad, reshape, type Tensor, tensor1d } from '@d2l-ts/tensor'

const o = [2, 1, 0.1]
const label = 0
const y = o.map((_, j) => (j === label ? 1 : 0))
const show = (values: ArrayLike<number>) =>
  `[${Array.from(values, (v) => v.toFixed(6)).join(', ')}]`

// The loss of one example (a row of logits and its class) and autograd's gradient of it.
const loss = (logits: Tensor) =>
  crossEntropy(reshape(logits, [1, o.length]), tensor1d([label], 'int32'))
const gradientAt = (logits: number[]) => Array.from(grad(loss)(tensor1d(logits)).dataSync())

const p = Array.from(softmax(tensor1d(o)).dataSync())
console.log(`softmax(o): ${show(p)}`)
console.log(`autograd: ${show(gradientAt(o))}`)
console.log(`softmax(o) − y: ${show(p.map((pj, j) => pj - (y[j] ?? 0)))}`)

// ∂²l/∂oⱼ² as a central difference of autograd's gradient: tfjs cannot differentiate that gradient
// again, because the gradient of logSoftmax (inside crossEntropy) is written by hand, not traced.
const h = 1e-2
const nudged = (j: number, by: number) => o.map((v, k) => (k === j ? v + by : v))
const curvature = o.map(
  (_, j) =>
    ((gradientAt(nudged(j, h))[j] ?? Number.NaN) - (gradientAt(nudged(j, -h))[j] ?? Number.NaN)) /
    (2 * h),
)
console.log(`second derivative: ${show(curvature)}`)
console.log(`p(1 − p): ${show(p.map((pj) => pj * (1 - pj)))}`)
