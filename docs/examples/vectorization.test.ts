import { beforeAll, describe, expect, it } from 'vitest'
import { recordedRun } from '../scripts/example-runner.js'
import { field, figuresOf, numberAfter, numbers, textOf } from './test-support/outputs.js'

/** `0.00003 s (28.2 µs)` → the seconds as printed and the finer microseconds. */
function time(text: string, label: string): { seconds: number; micro: number } {
  const [seconds, micro] = numbers(field(text, label))
  return { seconds: seconds as number, micro: micro as number }
}

describe('vectorization', () => {
  let text: string
  beforeAll(() => {
    const run = recordedRun('vectorization')
    expect(figuresOf(run)).toHaveLength(0)
    text = textOf(run)
  })

  it('says where it ran: CPU model, Node version and tensor backend', () => {
    expect(field(text, 'cpu').length).toBeGreaterThan(0)
    expect(field(text, 'node')).toBe(process.version) // the runner uses this very Node
    expect(['cpu', 'wasm']).toContain(field(text, 'backend'))
  })

  it('prints three positive times, in seconds (5 decimals) and microseconds', () => {
    for (const label of ['tensor loop', 'typed-array loop', 'add']) {
      const { seconds, micro } = time(text, label)
      expect(micro).toBeGreaterThan(0)
      expect(field(text, label)).toMatch(/^\d+\.\d{5} s \(/)
      expect(Math.abs(seconds - micro / 1e6)).toBeLessThanOrEqual(5e-6 + 5e-8)
    }
  })

  it.each(['tensor loop', 'typed-array loop'])(
    'prints the ratio of the %s to the vectorized add, consistent with the times',
    (loopLabel) => {
      const loop = time(text, loopLabel).micro
      const add = time(text, 'add').micro
      const ratio = numberAfter(text, `${loopLabel} / add`)
      // µs are rounded to 0.1 and the ratio to 3 significant digits.
      const slack = 0.05 / loop + 0.05 / add + 0.005
      expect(Math.abs(ratio / (loop / add) - 1)).toBeLessThan(slack)
    },
  )

  it('shows the book’s effect: an operation per element costs far more than one vectorized add', () => {
    // 10 000 dispatches against one: a ratio below 10 would mean the loop skipped its work.
    expect(numberAfter(text, 'tensor loop / add')).toBeGreaterThan(10)
  })
})
