// 练习 1：给所有 logit 加上同一个常数 c，softmax 不变，因为因子 exp(c) 同时出现在分子和分母中，
// 约掉了。但如果照字面计算，在 float32 中 c = 100 时 exp(o + c) 上溢为 Infinity，c = −1000 时下溢为 0。
import { softmax } from '@d2l-ts/models-softmax'
import { div, exp, sum, tensor1d } from '@d2l-ts/tensor'

const o = [1, 2, 3]
const show = (values: ArrayLike<number>) =>
  `[${Array.from(values, (v) => v.toFixed(7)).join(', ')}]`
console.log(`o: [${o.join(', ')}]`)

for (const c of [0, 100, -1000]) {
  const shifted = tensor1d(o.map((v) => v + c))
  // softmax 先减去最大的 logit：这个平移正是本练习证明无害的那一种。
  console.log(`softmax, c = ${c}: ${show(softmax(shifted).dataSync())}`)
  console.log(`naive, c = ${c}: ${show(div(exp(shifted), sum(exp(shifted))).dataSync())}`)
}
