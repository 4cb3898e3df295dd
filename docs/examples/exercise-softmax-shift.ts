// Exercise 1: adding the same constant c to every logit leaves the softmax unchanged, because the
// factor exp(c) appears above and below the fraction and cancels. Computed as written, though,
// exp(o + c) overflows to Infinity for c = 100 and underflows to 0 for c = −1000 in float32.
import { softmax } from '@d2l-ts/models-softmax'
import { div, exp, sum, tensor1d } from '@d2l-ts/tensor'

const o = [1, 2, 3]
const show = (values: ArrayLike<number>) =>
  `[${Array.from(values, (v) => v.toFixed(7)).join(', ')}]`
console.log(`o: [${o.join(', ')}]`)

for (const c of [0, 100, -1000]) {
  const shifted = tensor1d(o.map((v) => v + c))
  // softmax subtracts the largest logit first: the shift this exercise proves harmless.
  console.log(`softmax, c = ${c}: ${show(softmax(shifted).dataSync())}`)
  console.log(`naive, c = ${c}: ${show(div(exp(shifted), sum(exp(shifted))).dataSync())}`)
}
