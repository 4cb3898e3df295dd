import { beforeAll, describe, expect, it } from 'vitest'
import { runExample } from '../scripts/example-runner.js'
import { listAfter, numberAfter, numbers, textOf } from './test-support/outputs.js'

const TRUE_W = [2, -3.4]
const TRUE_B = 4.2
const NOISE_STD = 0.01

describe('minibatch-sgd', () => {
  let text: string
  beforeAll(async () => {
    text = textOf(await runExample('minibatch-sgd'))
  })

  it('reports three epochs whose loss falls to about half the noise variance', () => {
    const epochs = text
      .split('\n')
      .filter((l) => l.startsWith('epoch '))
      .map((l) => numbers(l))
    expect(epochs.map(([epoch]) => epoch)).toEqual([1, 2, 3])
    const losses = epochs.map(([, loss]) => loss as number)
    expect(losses[1]).toBeLessThan(losses[0] as number)
    expect(losses[2]).toBeLessThan(losses[1] as number)
    // The loss of the true line is ½σ²; a fitted one cannot be far from it, above or below.
    const floor = NOISE_STD ** 2 / 2
    expect(losses[2]).toBeGreaterThan(floor / 2)
    expect(losses[2]).toBeLessThan(floor * 2)
  })

  it('learns w and b to within a few thousandths of the truth', () => {
    const w = listAfter(text, 'w')
    expect(w).toHaveLength(2)
    for (const [i, v] of w.entries()) {
      expect(Math.abs(v - (TRUE_W[i] as number))).toBeLessThan(3e-3)
    }
    expect(Math.abs(numberAfter(text, 'b') - TRUE_B)).toBeLessThan(3e-3)
  })

  it('prints the errors as truth minus estimate', () => {
    const w = listAfter(text, 'w')
    for (const [i, e] of listAfter(text, 'w error').entries()) {
      expect(e).toBeCloseTo((TRUE_W[i] as number) - (w[i] as number), 4)
    }
    expect(numberAfter(text, 'b error')).toBeCloseTo(TRUE_B - numberAfter(text, 'b'), 4)
  })
})
