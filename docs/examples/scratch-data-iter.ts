// 3.2.2: reading the data in minibatches. The generator shuffles the example indices once per pass
// and hands out `batchSize` rows at a time; the last batch is smaller when n is not a multiple.
import { syntheticData } from '@d2l-ts/data'
import { gather, permutation, type Tensor, tensor1d } from '@d2l-ts/tensor'

function* dataIter(
  batchSize: number,
  features: Tensor,
  labels: Tensor,
  seed: number,
): Generator<[Tensor, Tensor]> {
  const n = features.shape[0] ?? 0
  // A random order of the rows, so that each minibatch is a random sample of the data.
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
  break // the book prints the first minibatch only
}

// 1000 rows in batches of 30: 33 full batches and a last one of 1000 − 33·30 = 10 rows.
const sizes = [...dataIter(30, features, labels, 0)].map(([X]) => X.shape[0] ?? 0)
console.log(`batches of 30: ${sizes.length}, last batch: ${sizes.at(-1)}`)
console.log(`rows seen: ${sizes.reduce((a, b) => a + b, 0)}`)
