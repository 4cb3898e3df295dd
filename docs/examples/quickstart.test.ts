import { beforeAll, describe, expect, it } from 'vitest'
import { type CellRun, runExample } from '../scripts/example-runner.js'
import { figuresOf, listAfter, numberAfter, textOf } from './test-support/outputs.js'

const TRUE_W = [2, -3.4]
const TRUE_B = 4.2

describe('quickstart', () => {
  let run: CellRun
  let text: string
  beforeAll(async () => {
    run = await runExample('quickstart')
    text = textOf(run)
  })

  it('learns w and b to within a few thousandths of the truth', () => {
    const w = listAfter(text, 'w')
    expect(w).toHaveLength(2)
    for (const [i, v] of w.entries()) {
      expect(Math.abs(v - (TRUE_W[i] as number))).toBeLessThan(3e-3)
    }
    expect(Math.abs(numberAfter(text, 'b') - TRUE_B)).toBeLessThan(3e-3)
  })

  it('prints the errors as truth minus estimate', () => {
    const w = listAfter(text, 'w')
    for (const [i, e] of listAfter(text, 'w error').entries()) {
      expect(e).toBeCloseTo((TRUE_W[i] as number) - (w[i] as number), 4)
    }
    expect(numberAfter(text, 'b error')).toBeCloseTo(TRUE_B - numberAfter(text, 'b'), 4)
  })

  it('prints no figure', () => {
    expect(figuresOf(run)).toHaveLength(0)
  })
})
