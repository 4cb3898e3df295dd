// 3.2.2：按小批量读取数据。生成器每遍历一次就打乱一次样本索引，每次交出 `batchSize` 行；
// n 不是批量大小的整数倍时，最后一批会小一些。
import { syntheticData } from '@d2l-ts/data'
import { gather, permutation, type Tensor, tensor1d } from '@d2l-ts/tensor'

function* dataIter(
  batchSize: number,
  features: Tensor,
  labels: Tensor,
  seed: number,
): Generator<[Tensor, Tensor]> {
  const n = features.shape[0] ?? 0
  // 行的随机顺序：这样每个小批量都是数据的一个随机样本。
  const order = permutation(n, { seed })
  for (let start = 0; start < n; start += batchSize) {
    const rows = tensor1d(order.slice(start, Math.min(start + batchSize, n)), 'int32')
    yield [gather(features, rows), gather(labels, rows)]
    rows.dispose()
  }
}

const { X: features, y: labels } = syntheticData([2, -3.4], 4.2, 1000, { seed: 0 })
const batchSize = 10
for (const [X, y] of dataIter(batchSize, features, labels, 0)) {
  console.log(`X: ${X.shape.join('×')}, y: ${y.shape.join('×')}`)
  const xs = X.arraySync() as number[][]
  const ys = y.dataSync()
  for (const [i, row] of xs.entries()) {
    console.log(`  [${row.map((v) => v.toFixed(4)).join(', ')}] -> ${ys[i]?.toFixed(4)}`)
  }
  break // 和书中一样，只打印第一个小批量
}

// 1000 行、批量大小 30：33 个满批量，最后一批 1000 − 33·30 = 10 行。
const sizes = [...dataIter(30, features, labels, 0)].map(([X]) => X.shape[0] ?? 0)
console.log(`batches of 30: ${sizes.length}, last batch: ${sizes.at(-1)}`)
console.log(`rows seen: ${sizes.reduce((a, b) => a + b, 0)}`)
