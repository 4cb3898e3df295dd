import { expect, it } from 'vitest'
import { itLearnsTheBookParameters } from './test-support/book-parameters.js'
import { numbers, textOf } from './test-support/outputs.js'
import { describeWithTwin } from './test-support/twins.js'

const NOISE_STD = 0.01

describeWithTwin('concise-training', (run) => {
  const text = textOf(run)

  it('trains three epochs; the mean squared error settles near σ² = 1e-4, twice the scratch loss', () => {
    const losses = text
      .split('\n')
      .filter((l) => l.startsWith('epoch '))
      .map((l) => (numbers(l) as [number, number])[1])
    expect(losses).toHaveLength(3)
    expect(losses[2]).toBeLessThanOrEqual(losses[0] as number)
    // Without the ½ the noise floor is σ², not ½σ².
    expect(losses[2]).toBeGreaterThan(NOISE_STD ** 2 / 2)
    expect(losses[2]).toBeLessThan(NOISE_STD ** 2 * 2)
  })

  itLearnsTheBookParameters(() => text)
})
