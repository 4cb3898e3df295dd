import { expect, it } from 'vitest'
import { numbers, textOf } from './test-support/outputs.js'
import { describeWithTwin } from './test-support/twins.js'

describeWithTwin('concise-data-loader', (run) => {
  const text = textOf(run)

  it('serves 1000 rows in 1000 / 10 = 100 batches and shows the first, of 10 rows', () => {
    expect(text).toMatch(/^batches per epoch: 100$/m)
    expect(text).toMatch(/^X: 10×2, y: 10×1$/m)
  })

  it('keeps each row with its label: y is the true line at x, up to the noise', () => {
    const rows = text
      .split('\n')
      .filter((l) => l.startsWith('  ['))
      .map((l) => numbers(l) as [number, number, number])
    expect(rows).toHaveLength(10)
    for (const [x1, x2, label] of rows) {
      expect(Math.abs(label - (2 * x1 - 3.4 * x2 + 4.2))).toBeLessThan(0.05)
    }
  })
})
