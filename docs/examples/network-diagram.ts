// Linear regression as a neural network: every input feeds the single output. The diagram is drawn
// from the model's own shape, so it always matches the model.
import { LinearRegression } from '@d2l-ts/models-linear'
import { networkDiagram } from '@d2l-ts/plot'

const model = new LinearRegression({ inputs: 2, seed: 0 })
const { inputs, outputs, parameters } = model.summary()
// 2 weights + 1 bias; the input layer computes nothing, so this counts as a one-layer network.
console.log(`inputs: ${inputs}, outputs: ${outputs}, parameters: ${parameters}`)
console.log(networkDiagram({ inputs, outputs }))
