import { Linear } from '@d2l-ts/nn'
import { SGD } from '@d2l-ts/optim-sgd'
import { memory, tensor1d, tensor2d } from '@d2l-ts/tensor'
import { describe, expect, it } from 'vitest'
import { trainStep } from './index.js'

/** ŷ = wx + b with one feature, starting from the given w and b. */
function line(w: number, b: number) {
  const net = new Linear({ inputs: 1, initStd: 0 })
  net.weight.assign(tensor2d([[w]]))
  net.bias.assign(tensor1d([b]))
  return net
}

const values = (net: Linear) => [net.weight.dataSync()[0], net.bias.dataSync()[0]]

describe('trainStep', () => {
  it('takes one gradient step on the minibatch’s mean loss (checked by hand)', async () => {
    const net = line(0, 0)
    const optimizer = new SGD(net.parameters(), { lr: 0.1 })
    const X = tensor2d([[1], [2]])
    const y = tensor2d([[3], [5]])
    // Residuals ŷ − y = −3, −5: loss ½·(9 + 25)/2 = 8.5; ∂w = (−3·1 − 5·2)/2 = −6.5; ∂b = −4.
    const before = memory().numTensors
    const result = await trainStep(net, [X, y], { optimizer })
    expect(result).toEqual({ loss: 8.5, examples: 2 })
    const [w = 0, b = 0] = values(net)
    expect(w).toBeCloseTo(0.65, 6)
    expect(b).toBeCloseTo(0.4, 6)
    expect(memory().numTensors).toBe(before)
  })

  it('puts the parameters back when the loss is not finite', async () => {
    const net = line(3e38, 0)
    const optimizer = new SGD(net.parameters(), { lr: 0.1 })
    // ½(3e38)² overflows float32.
    const result = await trainStep(net, [tensor2d([[1]]), tensor2d([[0]])], { optimizer })
    expect(result.loss).toBe(Number.POSITIVE_INFINITY)
    expect(values(net)).toEqual([Math.fround(3e38), 0])
  })

  it('puts the parameters back, and says so, when the update would overflow them', async () => {
    const net = line(1, 0)
    // lr·∂w = 1e39 · 1 is beyond float32's 3.4e38: the loss (0.5) is finite, the update is not.
    const optimizer = new SGD(net.parameters(), { lr: 1e39 })
    const result = await trainStep(net, [tensor2d([[1]]), tensor2d([[0]])], { optimizer })
    expect(result).toEqual({ loss: 0.5, examples: 1, finiteParameters: false })
    expect(values(net)).toEqual([1, 0])
  })

  it('refuses a batch without labels', async () => {
    const net = line(0, 0)
    const optimizer = new SGD(net.parameters(), { lr: 0.1 })
    await expect(trainStep(net, [tensor2d([[1]])], { optimizer })).rejects.toThrow(
      'batch: expected a pair [X, y], received 1 tensor',
    )
  })
})
