// 3.3.3–3.3.7：简洁实现。模型是一个 2 输入、1 输出的线性层（书中的 nn.Linear(2, 1)），
// 损失是均方误差，优化器是包里的 SGD；trainStep 完成书中循环的一步：损失、梯度、更新。
import { loadArray, syntheticData } from '@d2l-ts/data'
import { mseLoss } from '@d2l-ts/losses'
import { Linear } from '@d2l-ts/nn'
import { SGD } from '@d2l-ts/optim-sgd'
import { evaluateLoss, trainStep } from '@d2l-ts/train'

const trueW = [2, -3.4]
const trueB = 4.2
const { X: features, y: labels } = syntheticData(trueW, trueB, 1000, { seed: 0 })
const dataIter = loadArray([features, labels], 10, { seed: 0 })

// 3.3.3–3.3.4：和书中一样，权重取自 N(0, 0.01²)，偏置为零。
const net = new Linear({ inputs: 2, outputs: 1, initStd: 0.01, seed: 0 })
// 3.3.5：不带 ½ 的 (ŷ − y)²，在批量上取平均：它的梯度是平方损失的两倍。
const loss = mseLoss
// 3.3.6：对模型参数做小批量随机梯度下降。
const trainer = new SGD(net.parameters(), { lr: 0.03 })

// 3.3.7：训练 3 个迭代周期；每个迭代周期后计算全部数据上的损失，它最终稳定在 σ² = 1e-4 附近。
for (let epoch = 1; epoch <= 3; epoch++) {
  for (const [X, y] of dataIter) await trainStep(net, [X, y], { optimizer: trainer, loss })
  const l = evaluateLoss(net, [[features, labels]], loss)
  console.log(`epoch ${epoch}, loss ${l.toExponential(3)}`)
}

const w = Array.from(net.weight.dataSync())
const [b = Number.NaN] = net.bias.dataSync()
const vec = (v: number[]) => `[${v.map((x) => x.toFixed(5)).join(', ')}]`
console.log(`w: ${vec(w)}`)
console.log(`b: ${b.toFixed(5)}`)
console.log(`w error: ${vec(trueW.map((t, i) => t - (w[i] ?? Number.NaN)))}`)
console.log(`b error: ${(trueB - b).toFixed(5)}`)
