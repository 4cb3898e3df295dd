// 3.2 节的训练过程（批量大小 10，学习率 0.03，3 个迭代周期），每个小批量一步、一个点。
// 对数坐标能同时显示两个阶段：从随机初值出发的快速下降，以及 ½σ² 附近带噪声的下限。
import { LinearRegression, plot, syntheticData } from '@d2l-ts/d2l'

const { X, y } = syntheticData([2, -3.4], 4.2, 1000, { noiseStd: 0.01, seed: 0 })
const model = new LinearRegression({ inputs: 2, seed: 0 })

// onBatch 收到每个小批量的平均损失，是在该步更新之前测得的。
const losses: number[] = []
await model.fit(X, y, {
  epochs: 3,
  batchSize: 10,
  lr: 0.03,
  onBatch: ({ loss }) => {
    losses.push(loss)
  },
})

const steps = losses.map((_, i) => i + 1)
console.log(`steps: ${losses.length}`)
console.log(`first loss: ${losses[0]?.toExponential(3)}`)
console.log(`last loss: ${losses.at(-1)?.toExponential(3)}`)
console.log(
  plot(steps, losses, {
    title: '小批量随机梯度下降每一步的损失（对数刻度）',
    xlabel: '步数',
    ylabel: '损失',
    yscale: 'log',
  }),
)
