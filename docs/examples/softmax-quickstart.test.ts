import { expect, it } from 'vitest'
import { field, numberAfter, numbers, textOf } from './test-support/outputs.js'
import { describeWithTwin } from './test-support/twins.js'

describeWithTwin('softmax-quickstart', (run) => {
  const text = textOf(run)

  it('splits the 150 flowers 120 / 30', () => {
    expect(numbers(field(text, 'train examples'))).toEqual([120, 30])
  })

  it('lowers the training loss from about log 3 and classifies at least 27 of 30 test flowers', () => {
    const [first = Number.NaN, , last = Number.NaN] = numbers(field(text, 'training loss'))
    // Weights near zero give every class probability 1/3: a cross-entropy of log 3 ≈ 1.0986.
    expect(first).toBeLessThan(Math.log(3))
    expect(last).toBeLessThan(first / 5)
    expect(numberAfter(text, 'test accuracy')).toBeGreaterThanOrEqual(0.9)
    expect(numberAfter(text, 'test loss')).toBeLessThan(0.3)
  })

  it('lists five test flowers with a species and a probability each', () => {
    for (let i = 1; i <= 5; i++) {
      const line = field(text, `flower ${i}`)
      expect(line).toMatch(/^(setosa|versicolor|virginica) → (setosa|versicolor|virginica) \(p = /)
      const [p = Number.NaN] = numbers(line.slice(line.indexOf('p =')))
      expect(p).toBeGreaterThan(1 / 3)
      expect(p).toBeLessThanOrEqual(1)
    }
  })
})
