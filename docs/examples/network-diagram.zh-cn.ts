// 把线性回归看作神经网络：每个输入都连到唯一的输出。图是按模型自身的形状画的，所以总与模型一致。
import { LinearRegression } from '@d2l-ts/models-linear'
import { networkDiagram } from '@d2l-ts/plot'

const model = new LinearRegression({ inputs: 2, seed: 0 })
const { inputs, outputs, parameters } = model.summary()
// 2 个权重加 1 个偏置；输入层不做计算，所以这算作单层网络。
console.log(`inputs: ${inputs}, outputs: ${outputs}, parameters: ${parameters}`)
console.log(
  networkDiagram({
    inputs,
    outputs,
    layerLabels: { input: '输入层', output: '输出层' },
    title: `单层全连接网络：${inputs} 个输入，每个都连到 ${outputs} 个输出`,
  }),
)
