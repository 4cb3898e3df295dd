// 3.2.1：用一条已知的直线 y = Xw + b + ε 生成数据集，训练的结果就能与真值对照。
// 这里只用张量运算；包里的 syntheticData 做的是同一件事。
import { scatter } from '@d2l-ts/plot'
import { add, matMul, randomNormal, type Tensor, tensor2d } from '@d2l-ts/tensor'

/** n 个样本：特征取自 N(0, 1)，标签为 Xw + b 加上标准差为 0.01 的噪声。 */
function syntheticData(w: number[], b: number, n: number, seed: number): [Tensor, Tensor] {
  const X = randomNormal([n, w.length], { seed })
  const noise = randomNormal([n, 1], { std: 0.01, seed: seed + 1 })
  // 把 w 写成列向量，Xw 就和标签一样每个样本占一行。
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

// 第二个特征对标签作图：点落在斜率为 w₂ = −3.4 的直线附近。
console.log(
  scatter(
    rows.map((r) => r[1] ?? Number.NaN),
    Array.from(ys),
    {
      fmt: 'b.',
      xlabel: 'x₂',
      ylabel: 'y',
      figsize: [3.5, 2.5],
      title: '第二个特征 x₂ 与标签 y 的散点图：1000 个点落在斜率为 −3.4 的直线附近',
    },
  ),
)
