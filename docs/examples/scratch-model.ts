// 3.2.3–3.2.5: the parameters, the model and the loss, written out with tensor operations and checked
// on two examples small enough to follow by hand.
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

// 3.2.3: w from N(0, 0.01²), one weight per feature as a 2×1 column; b starts at zero. Both are
// variables, so that autograd can differentiate a loss with respect to them.
const w = variable(randomNormal([2, 1], { std: 0.01, seed: 0 }), true, 'w')
const b = variable(zeros([1]), true, 'b')
console.log(`shapes: w ${w.shape.join('×')}, b ${b.shape.join('×')}`)
console.log(`w: [${Array.from(w.dataSync(), (v) => v.toFixed(5)).join(', ')}]`)
console.log(`b: ${b.dataSync()[0]}`)

// 3.2.4: the linear model (3.1.4), ŷ = Xw + b; b is broadcast to every row.
function linreg(X: Tensor, w: Tensor, b: Tensor): Tensor {
  return add(matMul(X, w), b)
}

// 3.2.5: the squared loss (3.1.5) per example, not yet summed. The labels come as a vector; reshaping
// them to ŷ's column shape matters: subtracting a length-n vector from an n×1 column would broadcast
// to an n×n matrix.
function squaredLoss(yHat: Tensor, y: Tensor): Tensor {
  return mul(0.5, square(sub(yHat, reshape(y, yHat.shape))))
}

// Two examples by hand: with w = [1, −1] and b = 0.5, ŷ = [1 − 2 + 0.5, 3 − 4 + 0.5] = [−0.5, −0.5];
// against y = [0, 1] the losses are ½·0.25 = 0.125 and ½·2.25 = 1.125.
const X = tensor2d([
  [1, 2],
  [3, 4],
])
const yHat = linreg(X, tensor2d([[1], [-1]]), tensor2d([[0.5]]))
console.log(`yHat: [${Array.from(yHat.dataSync()).join(', ')}]`)
console.log(`loss: [${Array.from(squaredLoss(yHat, tensor1d([0, 1])).dataSync()).join(', ')}]`)
