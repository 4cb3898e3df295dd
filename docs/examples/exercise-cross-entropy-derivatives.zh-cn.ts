// 练习 2：交叉熵对 logits 的导数。自动微分求出的梯度是 softmax(o) − y（式 (3.4.8)）；
// 再求一次导，对角线上是 softmax(o)ⱼ(1 − softmax(o)ⱼ)：类别按 softmax(o) 随机抽取时，
// “抽到类别 j”这一指示变量的方差。
import { crossEntropy } from '@d2l-ts/losses'
import { softmax } from '@d2l-ts/models-softmax'
import { grad, reshape, type Tensor, tensor1d } from '@d2l-ts/tensor'

const o = [2, 1, 0.1]
const label = 0
const y = o.map((_, j) => (j === label ? 1 : 0))
const show = (values: ArrayLike<number>) =>
  `[${Array.from(values, (v) => v.toFixed(6)).join(', ')}]`

// 一个样本（一行 logits 和它的类别）的损失，以及自动微分求出的梯度。
const loss = (logits: Tensor) =>
  crossEntropy(reshape(logits, [1, o.length]), tensor1d([label], 'int32'))
const gradientAt = (logits: number[]) => Array.from(grad(loss)(tensor1d(logits)).dataSync())

const p = Array.from(softmax(tensor1d(o)).dataSync())
console.log(`softmax(o): ${show(p)}`)
console.log(`autograd: ${show(gradientAt(o))}`)
console.log(`softmax(o) − y: ${show(p.map((pj, j) => pj - (y[j] ?? 0)))}`)

// 用自动微分梯度的中心差分求 ∂²l/∂oⱼ²：tfjs 无法对这个梯度再求导，
// 因为 crossEntropy 内部 logSoftmax 的梯度是手写的，没有被自动微分记录。
const h = 1e-2
const nudged = (j: number, by: number) => o.map((v, k) => (k === j ? v + by : v))
const curvature = o.map(
  (_, j) =>
    ((gradientAt(nudged(j, h))[j] ?? Number.NaN) - (gradientAt(nudged(j, -h))[j] ?? Number.NaN)) /
    (2 * h),
)
console.log(`second derivative: ${show(curvature)}`)
console.log(`p(1 − p): ${show(p.map((pj) => pj * (1 - pj)))}`)
