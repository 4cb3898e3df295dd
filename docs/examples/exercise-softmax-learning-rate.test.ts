import { expect, it } from 'vitest'
import { field, numbers, textOf } from './test-support/outputs.js'
import { describeWithTwin } from './test-support/twins.js'

interface Run {
  lowest: number
  highest: number
  accuracy: number
  largestWeight: number
}

describeWithTwin('exercise-softmax-learning-rate', (cell) => {
  const text = textOf(cell)
  const runWith = (lr: number): Run => {
    // "loss a–b over the last 10 epochs, test accuracy c, largest |w| d"
    const [lowest, highest, , accuracy, largestWeight] = numbers(
      field(text, `lr ${lr}`).replace('–', ' '),
    )
    return { lowest, highest, accuracy, largestWeight } as Run
  }
  const [slow, good, large, huge] = [0.01, 0.5, 50, 5000].map(runWith) as [Run, Run, Run, Run]

  it('never overflows: every loss and weight is finite, whatever the rate', () => {
    for (const run of [slow, good, large, huge]) {
      expect(Object.values(run).every(Number.isFinite)).toBe(true)
    }
  })

  it('learns slowly with lr 0.01 (a loss several times higher) and well with lr 0.5', () => {
    expect(slow.lowest).toBeGreaterThan(3 * good.highest)
    expect(slow.accuracy).toBeLessThan(good.accuracy)
    expect(good.accuracy).toBeGreaterThanOrEqual(0.9)
    expect(good.highest / good.lowest).toBeLessThan(1.5)
  })

  it('makes the loss jump and grow with too large a rate, while the predictions stay good', () => {
    for (const run of [large, huge]) {
      expect(run.highest / run.lowest).toBeGreaterThan(2)
      expect(run.accuracy).toBeGreaterThanOrEqual(0.9)
    }
    expect(huge.lowest).toBeGreaterThan(10 * large.highest)
    // In the perceptron limit the weights scale with the rate: W ≈ lr·V with V independent of lr, so
    // a hundred times the rate gives about a hundred times the weights.
    const perUnitRate = [large.largestWeight / 50, huge.largestWeight / 5000]
    expect(Math.max(...perUnitRate) / Math.min(...perUnitRate)).toBeLessThan(1.25)
  })
})
