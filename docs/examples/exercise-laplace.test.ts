import { beforeAll, describe, expect, it } from 'vitest'
import { recordedRun } from '../scripts/example-runner.js'
import { field, listAfter, numbers, textOf } from './test-support/outputs.js'
import { itHasAChineseTwin } from './test-support/twins.js'

const TRUE_W = [2, -3.4]
const TRUE_B = 4.2

describe('exercise-laplace', () => {
  let text: string
  const fitted = (loss: string) => {
    const line = field(text, loss)
    const w = listAfter(line, 'w') // the line reads "w: [..], b: .., error: .."
    const [b, error] = numbers(line.slice(line.indexOf('b:')))
    return { w, b: b as number, error: error as number }
  }
  beforeAll(() => {
    text = textOf(recordedRun('exercise-laplace'))
  })

  it('corrupts about one label in twenty', () => {
    const [outliers, n] = numbers(field(text, 'outliers'))
    expect(n).toBe(1000)
    expect(outliers).toBeGreaterThan(30)
    expect(outliers).toBeLessThan(70)
  })

  it('prints each fit with its distance to the true parameters', () => {
    for (const loss of ['l1Loss', 'squaredLoss']) {
      const { w, b, error } = fitted(loss)
      expect(w).toHaveLength(2)
      const distance = Math.hypot(...w.map((v, i) => v - (TRUE_W[i] as number)), b - TRUE_B)
      expect(Math.abs(error - distance)).toBeLessThan(2e-4)
    }
  })

  it('shows the l1 loss (the Laplace likelihood) shrugging off outliers the squared loss follows', () => {
    const l1 = fitted('l1Loss')
    const squared = fitted('squaredLoss')
    expect(l1.error).toBeLessThan(0.2)
    expect(l1.error).toBeLessThan(squared.error / 3)
    // The outliers all point upwards, and pull the squared loss's bias up with them.
    expect(squared.b - TRUE_B).toBeGreaterThan(0.4)
  })
})

itHasAChineseTwin('exercise-laplace')
