import { expect, it } from 'vitest'
import { itLearnsTheBookParameters } from './test-support/book-parameters.js'
import { numbers, textOf } from './test-support/outputs.js'
import { describeWithTwin } from './test-support/twins.js'

const NOISE_STD = 0.01

describeWithTwin('scratch-training', (run) => {
  const text = textOf(run)

  it('trains three epochs; the loss on all data falls to about ½σ² = 5e-5', () => {
    const epochs = text
      .split('\n')
      .filter((l) => l.startsWith('epoch '))
      .map((l) => numbers(l) as [number, number])
    expect(epochs.map(([epoch]) => epoch)).toEqual([1, 2, 3])
    const losses = epochs.map(([, loss]) => loss)
    expect(losses[1]).toBeLessThan(losses[0] as number)
    expect(losses[2]).toBeLessThan(losses[1] as number)
    // The true line's loss is ½σ²; a fitted one lies close to it, above or below.
    const floor = NOISE_STD ** 2 / 2
    expect(losses[2]).toBeGreaterThan(floor / 2)
    expect(losses[2]).toBeLessThan(floor * 2)
  })

  itLearnsTheBookParameters(() => text)
})
