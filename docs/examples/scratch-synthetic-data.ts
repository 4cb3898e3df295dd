// 3.2.1: a data set made from a known line, y = Xw + b + ε, so that training can be checked against
// the truth. Only tensor operations: the packages' syntheticData does the same.
import { scatter } from '@d2l-ts/plot'
import { add, matMul, randomNormal, type Tensor, tensor2d } from '@d2l-ts/tensor'

/** n examples with features from N(0, 1) and labels Xw + b plus noise of standard deviation 0.01. */
function syntheticData(w: number[], b: number, n: number, seed: number): [Tensor, Tensor] {
  const X = randomNormal([n, w.length], { seed })
  const noise = randomNormal([n, 1], { std: 0.01, seed: seed + 1 })
  // w as a column, so that Xw has one row per example, like the labels.
  const y = add(add(matMul(X, tensor2d(w, [w.length, 1])), b), noise)
  return [X, y]
}

const trueW = [2, -3.4]
const trueB = 4.2
const [features, labels] = syntheticData(trueW, trueB, 1000, 0)
const rows = features.arraySync() as number[][]
const ys = labels.dataSync()
const row = (v: number[]) => `[${v.map((x) => x.toFixed(4)).join(', ')}]`
console.log(`features: ${features.shape.join('×')}, labels: ${labels.shape.join('×')}`)
console.log(`features[0]: ${row(rows[0] ?? [])}`)
console.log(`labels[0]: ${row([ys[0] ?? Number.NaN])}`)

// The second feature against the label: the points lie close to a line of slope w₂ = −3.4.
console.log(
  scatter(
    rows.map((r) => r[1] ?? Number.NaN),
    Array.from(ys),
    {
      fmt: 'b.',
      xlabel: 'x₂',
      ylabel: 'y',
      figsize: [3.5, 2.5],
      title: 'The second feature x₂ against the label y: 1000 points near a line of slope −3.4',
    },
  ),
)
