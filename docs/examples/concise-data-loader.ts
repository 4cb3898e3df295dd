// 3.3.1–3.3.2: the same data, read by the packages' loader instead of a hand-written generator.
// loadArray is the book's d2l.load_array: it shuffles every epoch when training (the default).
import { loadArray, syntheticData } from '@d2l-ts/data'

const { X: features, y: labels } = syntheticData([2, -3.4], 4.2, 1000, { seed: 0 })
const batchSize = 10
const dataIter = loadArray([features, labels], batchSize, { seed: 0 })
console.log(`batches per epoch: ${dataIter.numBatches}`)

// The book's next(iter(data_iter)): take the first minibatch of one pass.
const [X, y] = dataIter[Symbol.iterator]().next().value ?? []
console.log(`X: ${X?.shape.join('×')}, y: ${y?.shape.join('×')}`)
const ys = y?.dataSync() ?? []
for (const [i, row] of ((X?.arraySync() ?? []) as number[][]).entries()) {
  console.log(`  [${row.map((v) => v.toFixed(4)).join(', ')}] -> ${ys[i]?.toFixed(4)}`)
}
