import { mseLoss } from '@d2l-ts/losses'
import { SGD } from '@d2l-ts/optim-sgd'
import {
  add,
  DivergenceError,
  type Module,
  matMul,
  memory,
  type Tensor,
  tensor2d,
  ValueError,
  variable,
  zeros,
} from '@d2l-ts/tensor'
import { describe, expect, it } from 'vitest'
import { type BatchReport, train } from './index.js'
import { lineGradientDescent } from './test-support/line-gradient-descent.js'

/** ŷ = xw + b for one feature, starting from w = b = 0. */
class Line implements Module {
  readonly w = variable(zeros([1, 1]))
  readonly b = variable(zeros([1]))
  parameters() {
    return [this.w, this.b]
  }
  forward(x: Tensor) {
    return add(matMul(x, this.w), this.b)
  }
  get values(): [number, number] {
    return [this.w.dataSync()[0]!, this.b.dataSync()[0]!]
  }
}

const xs = [0, 1, 2, 3]
const ys = [1, 3, 5, 7] // y = 2x + 1
const X = tensor2d(xs, [4, 1])
const y = tensor2d(ys, [4, 1])

const gradientDescent = (steps: number, lr: number) => lineGradientDescent(xs, ys, steps, lr)

describe('train', () => {
  it('with one full batch per epoch is gradient descent on the mean loss (checked against float64 by hand)', async () => {
    const model = new Line()
    const history = await train(model, [[X, y]], {
      optimizer: new SGD(model.parameters(), { lr: 0.1 }),
      epochs: 25,
    })
    const [w, b] = gradientDescent(25, 0.1)
    expect(model.values[0]).toBeCloseTo(w, 5)
    expect(model.values[1]).toBeCloseTo(b, 5)
    expect(history.loss).toHaveLength(25)
    expect(history.seconds).toHaveLength(25)
    expect(history.aborted).toBe(false)
    // The first epoch's loss is that of w = b = 0: ½·mean(y²) = ½·(1 + 9 + 25 + 49)/4
    expect(history.loss[0]).toBeCloseTo(10.5, 5)
    expect(history.loss[24]!).toBeLessThan(history.loss[0]!)
  })

  it('uses the given loss, and reports validation loss after every epoch', async () => {
    const model = new Line()
    const history = await train(model, [[X, y]], {
      optimizer: new SGD(model.parameters(), { lr: 0.05 }),
      loss: mseLoss,
      epochs: 3,
      validation: [[tensor2d([[10]]), tensor2d([[21]])]],
    })
    const [w, b] = gradientDescent(3, 0.1) // MSE's gradient is twice the ½ loss's: lr 0.05 ≡ 0.1
    expect(model.values[0]).toBeCloseTo(w, 5)
    expect(model.values[1]).toBeCloseTo(b, 5)
    expect(history.validationLoss).toHaveLength(3)
    expect(history.validationLoss[2]).toBeCloseTo((10 * w + b - 21) ** 2, 3)
  })

  it('reports every step and every epoch', async () => {
    const model = new Line()
    const steps: BatchReport[] = []
    const epochs: number[] = []
    const halves = [
      [tensor2d([[0], [1]]), tensor2d([[1], [3]])],
      [tensor2d([[2], [3]]), tensor2d([[5], [7]])],
    ]
    await train(model, halves, {
      optimizer: new SGD(model.parameters(), { lr: 0.01 }),
      epochs: 2,
      onBatch: (report) => {
        steps.push(report)
      },
      onEpoch: async ({ epoch }) => {
        epochs.push(epoch)
      },
    })
    expect(steps.map(({ epoch, step }) => [epoch, step])).toEqual([
      [1, 1],
      [1, 2],
      [2, 1],
      [2, 2],
    ])
    expect(steps[0]!.loss).toBeCloseTo(0.5 * ((1 + 9) / 2), 5)
    expect(epochs).toEqual([1, 2])
  })

  it('keeps memory().numTensors flat over 20 epochs', async () => {
    const model = new Line()
    const optimizer = new SGD(model.parameters(), { lr: 0.01 })
    const before = memory().numTensors
    await train(model, [[X, y]], { optimizer, epochs: 20, validation: [[X, y]] })
    expect(memory().numTensors).toBe(before)
  })

  it('stops with DivergenceError, naming epoch and step, when the loss blows up', async () => {
    const model = new Line()
    const failure = train(model, [[X, y]], {
      optimizer: new SGD(model.parameters(), { lr: 1e3 }),
      epochs: 100,
    })
    await expect(failure).rejects.toBeInstanceOf(DivergenceError)
    await expect(failure).rejects.toThrow(
      /training diverged at epoch \d+, step 1: .*Lower the learning rate/,
    )
  })

  it('stops cleanly between steps when its signal is aborted', async () => {
    const model = new Line()
    const controller = new AbortController()
    let steps = 0
    const history = await train(model, [[X, y]], {
      optimizer: new SGD(model.parameters(), { lr: 0.1 }),
      epochs: 50,
      signal: controller.signal,
      onBatch: () => {
        if (++steps === 5) controller.abort()
      },
    })
    expect(history.aborted).toBe(true)
    // One step per epoch: the abort came in epoch 5's only step, so epoch 5 completed; 6 never began.
    expect(history.loss).toHaveLength(5)
    const [w, b] = gradientDescent(5, 0.1)
    expect(model.values[0]).toBeCloseTo(w, 5)
    expect(model.values[1]).toBeCloseTo(b, 5)
  })

  it('draws a progress bar on a stream it is given', async () => {
    const model = new Line()
    let written = ''
    await train(model, [[X, y]], {
      optimizer: new SGD(model.parameters(), { lr: 0.1 }),
      epochs: 2,
      progress: { write: (text: string) => (written += text) },
    })
    expect(written).toMatch(
      /^\repoch 1\/2 \[#{10}-{10}\] 50% loss 10\.5000\repoch 2\/2 \[#{20}\] 100% loss \S+\n$/,
    )
  })

  it('refuses bad epochs, and a one-shot generator at its second epoch', async () => {
    const model = new Line()
    const optimizer = new SGD(model.parameters(), { lr: 0.1 })
    await expect(train(model, [[X, y]], { optimizer, epochs: 0 })).rejects.toThrow(
      'options.epochs: expected an integer >= 1, received 0',
    )
    function* once() {
      yield [X, y]
    }
    await expect(train(model, once(), { optimizer, epochs: 2 })).rejects.toThrow(ValueError)
    await expect(train(model, once(), { optimizer, epochs: 2 })).rejects.toThrow(
      /none in epoch 2: a one-shot iterator or generator\?/,
    )
  })
})
