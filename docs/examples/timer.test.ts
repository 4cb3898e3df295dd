import { beforeAll, describe, expect, it } from 'vitest'
import { recordedRun } from '../scripts/example-runner.js'
import { listAfter, numberAfter, numbers, textOf } from './test-support/outputs.js'
import { itHasAChineseTwin } from './test-support/twins.js'

// Every time is printed rounded to 5 decimals, so sums of rounded values may be off by a few 1e-6.
const ROUNDING = 5e-6

describe('timer', () => {
  let text: string
  let pieces: { n: number; value: number; seconds: number }[]
  beforeAll(() => {
    text = textOf(recordedRun('timer'))
    pieces = text
      .split('\n')
      .filter((l) => l.startsWith('n = '))
      .map((l) => {
        const [n, value, seconds] = numbers(l)
        return { n: n as number, value: value as number, seconds: seconds as number }
      })
  })

  it('times three real pieces of work, which compute Σ 1/k² correctly', () => {
    expect(pieces.map((p) => p.n)).toEqual([1e5, 1e6, 1e7])
    for (const { n, value, seconds } of pieces) {
      // The tail Σ_{k>n} 1/k² lies between 1/(n+1) and 1/n.
      expect(Math.abs(value - (Math.PI ** 2 / 6 - 1 / n))).toBeLessThan(1 / n ** 2 + 1e-8)
      expect(seconds).toBeGreaterThan(0)
    }
    expect(numberAfter(text, 'π²/6')).toBeCloseTo(Math.PI ** 2 / 6, 8)
  })

  it('records each stop() in times', () => {
    expect(listAfter(text, 'times')).toEqual(pieces.map((p) => p.seconds))
  })

  it('reports avg, sum and cumsum consistent with the times', () => {
    const times = listAfter(text, 'times')
    const total = times.reduce((s, t) => s + t, 0)
    expect(Math.abs(numberAfter(text, 'sum') - total)).toBeLessThanOrEqual(4 * ROUNDING + 1e-9)
    expect(Math.abs(numberAfter(text, 'avg') - total / times.length)).toBeLessThanOrEqual(
      2 * ROUNDING + 1e-9,
    )
    const cumsum = listAfter(text, 'cumsum')
    expect(cumsum).toHaveLength(times.length)
    let running = 0
    cumsum.forEach((c, i) => {
      running += times[i] as number
      expect(Math.abs(c - running)).toBeLessThanOrEqual((i + 2) * ROUNDING + 1e-9)
    })
    expect(cumsum.at(-1)).toBe(numberAfter(text, 'sum'))
  })
})

itHasAChineseTwin('timer', { timed: true })
