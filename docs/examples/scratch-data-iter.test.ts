import { expect, it } from 'vitest'
import { numbers, textOf } from './test-support/outputs.js'
import { describeWithTwin } from './test-support/twins.js'

describeWithTwin('scratch-data-iter', (run) => {
  const text = textOf(run)
  const rows = text
    .split('\n')
    .filter((l) => l.startsWith('  ['))
    .map((l) => numbers(l) as [number, number, number])

  it('prints one minibatch of 10 examples, each row still with its own label', () => {
    expect(text).toMatch(/^X: 10×2, y: 10×1$/m)
    expect(rows).toHaveLength(10)
    // The label of each row is the true line at that row's features, up to the noise (std 0.01):
    // a shuffle that moved features without their labels would break this.
    for (const [x1, x2, label] of rows) {
      expect(Math.abs(label - (2 * x1 - 3.4 * x2 + 4.2))).toBeLessThan(0.05)
    }
  })

  it('draws the batch at random, not the first ten rows in order', () => {
    // syntheticData's first row (seed 0) is [-0.7072, 0.0326]; a random batch of 10 from 1000 rows
    // holds it with probability 1 %, and the seed fixes that it does not.
    expect(rows.some(([x1, x2]) => x1 === -0.7072 && x2 === 0.0326)).toBe(false)
  })

  it('splits 1000 rows into ⌈1000 / 30⌉ = 34 batches, the last of 1000 − 33·30 = 10, each row once', () => {
    expect(text).toMatch(/^batches of 30: 34, last batch: 10$/m)
    expect(text).toMatch(/^rows seen: 1000$/m)
  })
})
