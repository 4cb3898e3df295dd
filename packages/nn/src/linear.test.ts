import { memory, tensor1d, tensor2d } from '@d2l-ts/tensor'
import { describe, expect, it } from 'vitest'
import { Linear, linreg } from './index.js'

describe('Linear', () => {
  it('computes O = XW + b (checked by hand)', () => {
    const net = new Linear({ inputs: 2, outputs: 2, initStd: 0 })
    net.weight.assign(
      tensor2d([
        [1, 2],
        [3, 4],
      ]),
    )
    net.bias.assign(tensor1d([10, 20]))
    // [1, 1]·W = [4, 6]; [2, -1]·W = [-1, 0]; plus b.
    expect(
      net
        .forward(
          tensor2d([
            [1, 1],
            [2, -1],
          ]),
        )
        .arraySync(),
    ).toEqual([
      [14, 26],
      [9, 20],
    ])
    net.dispose()
  })

  it('starts from weights ~ N(0, initStd²) and a zero bias; the same seed gives the same weights', () => {
    const a = new Linear({ inputs: 2000, outputs: 1, seed: 3, initStd: 0.5 })
    const w = Array.from(a.weight.dataSync())
    const mean = w.reduce((s, v) => s + v, 0) / w.length
    const sd = Math.sqrt(w.reduce((s, v) => s + (v - mean) ** 2, 0) / (w.length - 1))
    // 2000 draws: the standard error of the mean is 0.5/√2000 ≈ 0.011, of the sd about 0.008.
    expect(Math.abs(mean)).toBeLessThan(0.05)
    expect(sd).toBeGreaterThan(0.46)
    expect(sd).toBeLessThan(0.54)
    expect(Array.from(a.bias.dataSync())).toEqual([0])
    const b = new Linear({ inputs: 2000, outputs: 1, seed: 3, initStd: 0.5 })
    expect(Array.from(b.weight.dataSync())).toEqual(w)
    a.dispose()
    b.dispose()
  })

  it('holds exactly two tensors, and gives them back on dispose', () => {
    const before = memory().numTensors
    const net = new Linear({ inputs: 3, outputs: 2, seed: 0 })
    expect(memory().numTensors - before).toBe(2)
    expect(net.parameters().map((p) => p.shape)).toEqual([[3, 2], [2]])
    net.dispose()
    expect(memory().numTensors).toBe(before)
  })

  it.each([
    [{ inputs: 0 }, 'options.inputs: expected an integer >= 1, received 0'],
    [{ inputs: 2, outputs: 1.5 }, 'options.outputs: expected an integer >= 1, received 1.5'],
    [{ inputs: 2, initStd: -1 }, 'options.initStd: expected a finite number >= 0, received -1'],
    [{ inputs: 2, seed: 0.5 }, 'options.seed: expected an integer, received 0.5'],
  ])('refuses %o, naming the option', (options, message) => {
    expect(() => new Linear(options)).toThrow(message)
  })

  it('refuses a batch with the wrong number of features', () => {
    const net = new Linear({ inputs: 2 })
    expect(() => net.forward(tensor2d([[1, 2, 3]]))).toThrow('X: expected [n, 2], received [1, 3]')
    net.dispose()
  })
})

it('linreg is 3.2’s ŷ = Xw + b, the bias broadcast over the rows', () => {
  const yHat = linreg(
    tensor2d([
      [1, 2],
      [0, 1],
    ]),
    tensor2d([[2], [-3.4]]),
    tensor1d([4.2]),
  )
  const [a = Number.NaN, b = Number.NaN] = yHat.dataSync()
  expect(a).toBeCloseTo(2 - 6.8 + 4.2, 5)
  expect(b).toBeCloseTo(-3.4 + 4.2, 5)
})
