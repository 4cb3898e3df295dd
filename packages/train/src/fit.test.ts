import { Linear } from '@d2l-ts/nn'
import { memory, tensor2d } from '@d2l-ts/tensor'
import { describe, expect, it } from 'vitest'
import { fit } from './index.js'
import { lineGradientDescent } from './test-support/line-gradient-descent.js'

const xs = [0, 1, 2, 3, 4]
const ys = xs.map((x) => 2 * x + 1) // y = 2x + 1, no noise
const X = tensor2d(xs, [5, 1])
const y = tensor2d(ys, [5, 1])

const gradientDescent = (steps: number, lr: number) => lineGradientDescent(xs, ys, steps, lr)

describe('fit', () => {
  it('with one batch of all rows is gradient descent, step for step', async () => {
    const net = new Linear({ inputs: 1, initStd: 0 })
    const before = memory().numTensors
    const history = await fit(net, X, y, { epochs: 40, batchSize: 5, lr: 0.05 })
    const [w, b] = gradientDescent(40, 0.05)
    expect(net.weight.dataSync()[0]).toBeCloseTo(w, 5)
    expect(net.bias.dataSync()[0]).toBeCloseTo(b, 5)
    expect(history.loss).toHaveLength(40)
    expect(memory().numTensors).toBe(before) // loader, optimizer and step tensors all disposed
    net.dispose()
  })

  it('reports the validation loss of the weights after each epoch', async () => {
    const net = new Linear({ inputs: 1, initStd: 0 })
    const Xv = tensor2d([[10]])
    const yv = tensor2d([[0]])
    const history = await fit(net, X, y, {
      epochs: 2,
      batchSize: 5,
      lr: 0.05,
      validation: [Xv, yv],
    })
    const w = net.weight.dataSync()[0] as number
    const b = net.bias.dataSync()[0] as number
    expect(history.validationLoss[1]).toBeCloseTo(0.5 * (10 * w + b) ** 2, 3)
    net.dispose()
  })

  it('checks the data and names the arguments', async () => {
    const net = new Linear({ inputs: 1 })
    await expect(fit(net, X, tensor2d([[1]]))).rejects.toThrow('y: expected 5 rows')
    await expect(fit(net, X, 'y' as never)).rejects.toThrow('y: expected a tensor, received "y"')
    await expect(fit(net, tensor2d([[Number.NaN]]), tensor2d([[1]]))).rejects.toThrow(
      'X: expected finite numbers, received NaN',
    )
    net.dispose()
  })

  it('uses a batch size no larger than the data by default', async () => {
    const net = new Linear({ inputs: 1, initStd: 0 })
    // The default batch size is 10; the data has 5 rows: one batch an epoch.
    const steps: number[] = []
    await fit(net, X, y, { epochs: 1, onBatch: ({ step }) => void steps.push(step) })
    expect(steps).toEqual([1])
    net.dispose()
  })
})
