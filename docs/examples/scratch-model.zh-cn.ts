// 3.2.3–3.2.5：参数、模型和损失函数，都用张量运算写出来，
// 再在两个可以手算的样本上验证。
import {
  add,
  matMul,
  mul,
  randomNormal,
  reshape,
  square,
  sub,
  type Tensor,
  tensor1d,
  tensor2d,
  variable,
  zeros,
} from '@d2l-ts/tensor'

// 3.2.3：w 取自 N(0, 0.01²)，每个特征一个权重，排成 2×1 的列；b 初始化为零。
// 两者都是变量，自动微分才能对它们求损失的梯度。
const w = variable(randomNormal([2, 1], { std: 0.01, seed: 0 }), true, 'w')
const b = variable(zeros([1]), true, 'b')
console.log(`shapes: w ${w.shape.join('×')}, b ${b.shape.join('×')}`)
console.log(`w: [${Array.from(w.dataSync(), (v) => v.toFixed(5)).join(', ')}]`)
console.log(`b: ${b.dataSync()[0]}`)

// 3.2.4：线性模型 (3.1.4)，ŷ = Xw + b；b 通过广播加到每一行。
function linreg(X: Tensor, w: Tensor, b: Tensor): Tensor {
  return add(matMul(X, w), b)
}

// 3.2.5：每个样本的平方损失 (3.1.5)，尚未求和。标签是向量，必须先变形成 ŷ 的列形状：
// 从 n×1 的列中减去长度为 n 的向量会广播成 n×n 的矩阵。
function squaredLoss(yHat: Tensor, y: Tensor): Tensor {
  return mul(0.5, square(sub(yHat, reshape(y, yHat.shape))))
}

// 手算两个样本：w = [1, −1]、b = 0.5 时，ŷ = [1 − 2 + 0.5, 3 − 4 + 0.5] = [−0.5, −0.5]；
// 与 y = [0, 1] 相比，损失为 ½·0.25 = 0.125 和 ½·2.25 = 1.125。
const X = tensor2d([
  [1, 2],
  [3, 4],
])
const yHat = linreg(X, tensor2d([[1], [-1]]), tensor2d([[0.5]]))
console.log(`yHat: [${Array.from(yHat.dataSync()).join(', ')}]`)
console.log(`loss: [${Array.from(squaredLoss(yHat, tensor1d([0, 1])).dataSync()).join(', ')}]`)
