import { beforeAll, describe, expect, it } from 'vitest'
import { recordedRun } from '../scripts/example-runner.js'
import { itLearnsTheBookParameters } from './test-support/book-parameters.js'
import { numbers, textOf } from './test-support/outputs.js'
import { itHasAChineseTwin } from './test-support/twins.js'

const NOISE_STD = 0.01

describe('minibatch-sgd', () => {
  let text: string
  beforeAll(() => {
    text = textOf(recordedRun('minibatch-sgd'))
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

  itLearnsTheBookParameters(() => text)
})

itHasAChineseTwin('minibatch-sgd')
