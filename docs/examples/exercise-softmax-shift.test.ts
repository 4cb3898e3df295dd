import { expect, it } from 'vitest'
import { field, listAfter, textOf } from './test-support/outputs.js'
import { describeWithTwin } from './test-support/twins.js'

// softmax([1, 2, 3]) in float64 by hand: eᵏ / (e⁰ + e¹ + e²).
const EXACT = [0, 1, 2].map((k) => Math.exp(k) / (1 + Math.E + Math.exp(2)))

describeWithTwin('exercise-softmax-shift', (run) => {
  const text = textOf(run)
  const expectExact = (label: string) => {
    const printed = listAfter(text, label)
    expect(printed).toHaveLength(3)
    for (const [j, p] of printed.entries()) {
      expect(Math.abs(p - (EXACT[j] as number))).toBeLessThan(1e-6)
    }
  }

  it('gives the same probabilities for every shift c, and they are the exact ones', () => {
    expect(listAfter(text, 'o')).toEqual([1, 2, 3])
    for (const c of [0, 100, -1000]) expectExact(`softmax, c = ${c}`)
  })

  it('shows the formula as written exact at c = 0, and NaN where exp overflows or underflows', () => {
    expectExact('naive, c = 0')
    // exp(101) is Infinity in float32 and Infinity / Infinity is NaN; exp(−999) is 0, and 0 / 0 too.
    expect(field(text, 'naive, c = 100')).toBe('[NaN, NaN, NaN]')
    expect(field(text, 'naive, c = -1000')).toBe('[NaN, NaN, NaN]')
  })
})
