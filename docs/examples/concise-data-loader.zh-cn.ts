// 3.3.1–3.3.2：同样的数据，改用包里的加载器读取，而不是手写的生成器。
// loadArray 就是书中的 d2l.load_array：训练时（默认）每个迭代周期都重新打乱。
import { loadArray, syntheticData } from '@d2l-ts/data'

const { X: features, y: labels } = syntheticData([2, -3.4], 4.2, 1000, { seed: 0 })
const batchSize = 10
const dataIter = loadArray([features, labels], batchSize, { seed: 0 })
console.log(`batches per epoch: ${dataIter.numBatches}`)

// 相当于书中的 next(iter(data_iter))：取一遍遍历中的第一个小批量。
const [X, y] = dataIter[Symbol.iterator]().next().value ?? []
console.log(`X: ${X?.shape.join('×')}, y: ${y?.shape.join('×')}`)
const ys = y?.dataSync() ?? []
for (const [i, row] of ((X?.arraySync() ?? []) as number[][]).entries()) {
  console.log(`  [${row.map((v) => v.toFixed(4)).join(', ')}] -> ${ys[i]?.toFixed(4)}`)
}
