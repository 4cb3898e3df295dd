import { beforeAll, describe, expect, it } from 'vitest'
import { recordedRun } from '../scripts/example-runner.js'
import { listAfter, numbers, textOf } from './test-support/outputs.js'
import { itHasAChineseTwin } from './test-support/twins.js'

describe('exercise-mean', () => {
  let text: string
  let mean: number
  beforeAll(() => {
    text = textOf(recordedRun('exercise-mean'))
    const x = listAfter(text, 'x')
    expect(x).toHaveLength(20)
    mean = x.reduce((s, v) => s + v, 0) / x.length
  })

  // x is printed to 4 decimals, so the mean recomputed here can differ by 5e-5.
  it('prints the closed form: the mean of x', () => {
    const [b] = numbers(text.split('\n').find((l) => l.startsWith('mean:')) ?? '')
    expect(Math.abs((b as number) - mean)).toBeLessThan(1e-4)
  })

  it('finds the same b by scanning a grid of step 0.001', () => {
    const [b] = numbers(text.split('\n').find((l) => l.startsWith('scan:')) ?? '')
    expect(Math.abs((b as number) - mean)).toBeLessThan(0.0005 + 1e-4)
  })
})

itHasAChineseTwin('exercise-mean')
