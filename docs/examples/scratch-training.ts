// 3.2.6–3.2.7: training from scratch. Each step reads a minibatch, differentiates the summed squared
// loss with autograd and moves the parameters with the book's sgd. The data, the data iterator, the
// model and the loss are the ones written out above, as saved in the packages (the book keeps them in
// its d2l library the same way).
import { dataIter, syntheticData } from '@d2l-ts/data'
import { squaredLoss } from '@d2l-ts/losses'
import { linreg } from '@d2l-ts/models-linear'
import { sgd } from '@d2l-ts/optim-sgd'
import { mean, randomNormal, sum, tidy, variable, variableGrads, zeros } from '@d2l-ts/tensor'

const trueW = [2, -3.4]
const trueB = 4.2
const { X: features, y: labels } = syntheticData(trueW, trueB, 1000, { seed: 0 })
const w = variable(randomNormal([2, 1], { std: 0.01, seed: 0 }), true, 'w')
const b = variable(zeros([1]), true, 'b')

const lr = 0.03
const numEpochs = 3
const batchSize = 10
for (let epoch = 0; epoch < numEpochs; epoch++) {
  for (const [X, y] of dataIter(batchSize, features, labels, { seed: epoch })) {
    // The loss is summed over the minibatch; sgd divides by the batch size, so the step is the mean
    // gradient times lr.
    const { value, grads } = variableGrads(() => sum(squaredLoss(linreg(X, w, b), y)), [w, b])
    sgd([w, b], grads, lr, batchSize)
    value.dispose()
    for (const g of Object.values(grads)) g.dispose()
  }
  const loss = tidy(
    () => mean(squaredLoss(linreg(features, w, b), labels)).dataSync()[0] ?? Number.NaN,
  )
  console.log(`epoch ${epoch + 1}, loss ${loss.toExponential(3)}`)
}

const learnedW = Array.from(w.dataSync())
const learnedB = b.dataSync()[0] ?? Number.NaN
const vec = (v: number[]) => `[${v.map((x) => x.toFixed(5)).join(', ')}]`
console.log(`w: ${vec(learnedW)}`)
console.log(`b: ${learnedB.toFixed(5)}`)
console.log(`w error: ${vec(trueW.map((t, i) => t - (learnedW[i] ?? Number.NaN)))}`)
console.log(`b error: ${(trueB - learnedB).toFixed(5)}`)
