// The book's 3.3 workflow and the closed form, as a user of the published packages writes them.
import { syntheticData } from '@d2l-ts/data'
import { LinearRegression } from '@d2l-ts/models-linear'

const { X, y } = syntheticData([2, -3.4], 4.2, 1000, { noiseStd: 0.01, seed: 0 })
const model = new LinearRegression({ inputs: 2, seed: 0 })
const history = await model.fit(X, y, { epochs: 3, batchSize: 10, lr: 0.03 })
const exact = new LinearRegression({ inputs: 2 }).fitClosedForm(X, y)
console.log(JSON.stringify({ sgd: model.weights(), closedForm: exact, loss: history.loss }))
