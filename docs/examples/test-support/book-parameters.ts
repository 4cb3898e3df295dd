// The checks shared by the cells that train on the book's synthetic data (w = [2, −3.4], b = 4.2)
// and print `w:`, `b:`, `w error:` and `b error:` lines.
import { expect, it } from 'vitest'
import { listAfter, numberAfter } from './outputs.js'

export const TRUE_W = [2, -3.4]
export const TRUE_B = 4.2

/** Registers the two tests of a cell's printed parameters; `output` gives the cell's text. */
export function itLearnsTheBookParameters(output: () => string): void {
  it('learns w and b to within a few thousandths of the truth', () => {
    const text = output()
    const w = listAfter(text, 'w')
    expect(w).toHaveLength(2)
    for (const [i, v] of w.entries()) {
      expect(Math.abs(v - (TRUE_W[i] as number))).toBeLessThan(3e-3)
    }
    expect(Math.abs(numberAfter(text, 'b') - TRUE_B)).toBeLessThan(3e-3)
  })

  it('prints the errors as truth minus estimate', () => {
    const text = output()
    const w = listAfter(text, 'w')
    for (const [i, e] of listAfter(text, 'w error').entries()) {
      expect(e).toBeCloseTo((TRUE_W[i] as number) - (w[i] as number), 4)
    }
    expect(numberAfter(text, 'b error')).toBeCloseTo(TRUE_B - numberAfter(text, 'b'), 4)
  })
}
