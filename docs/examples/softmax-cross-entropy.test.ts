import { expect, it } from 'vitest'
import { field, listAfter, textOf } from './test-support/outputs.js'
import { describeWithTwin } from './test-support/twins.js'

describeWithTwin('softmax-cross-entropy', (run) => {
  const text = textOf(run)

  it('shows the naive softmax-then-log failing on logits of ±1e4', () => {
    expect(field(text, 'naive')).toMatch(/NaN|Infinity/)
  })

  it('shows crossEntropy finite and equal to the values by hand', () => {
    const stable = listAfter(text, 'crossEntropy')
    const byHand = listAfter(text, 'by hand')
    expect(stable).toHaveLength(3)
    expect(stable.every(Number.isFinite)).toBe(true)
    expect(stable[0]).toBe(0)
    expect(stable[1]).toBe(2e4)
    expect(stable[2]).toBeCloseTo(byHand[2] as number, 5)
  })
})
