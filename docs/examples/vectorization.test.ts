import { beforeAll, describe, expect, it } from 'vitest'
import { recordedRun } from '../scripts/example-runner.js'
import { field, figuresOf, numberAfter, numbers, textOf } from './test-support/outputs.js'
import { itHasAChineseTwin } from './test-support/twins.js'

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
    for (const label of ['tensor loop', 'add', 'typed-array loop']) {
      const { seconds, micro } = time(text, label)
      expect(micro).toBeGreaterThan(0)
      expect(field(text, label)).toMatch(/^\d+\.\d{5} s \(/)
      expect(Math.abs(seconds - micro / 1e6)).toBeLessThanOrEqual(5e-6 + 5e-8)
    }
  })

  it('counts the operations: one kernel per element in the loop, one kernel for the vectorized add', () => {
    expect(numberAfter(text, 'kernels, tensor loop')).toBe(10_000)
    expect(numberAfter(text, 'kernels, add')).toBe(1)
  })

  it.each([
    ['tensor loop / add', 'tensor loop', 'add'],
    ['typed-array loop / add', 'typed-array loop', 'add'],
    ['typed-array loop / tensor loop', 'typed-array loop', 'tensor loop'],
  ])('prints %s consistent with the times', (label, over, under) => {
    const top = time(text, over).micro
    const bottom = time(text, under).micro
    // µs are rounded to 0.1 and the ratio to 3 significant digits.
    const slack = 0.05 / top + 0.05 / bottom + 0.005
    expect(Math.abs(numberAfter(text, label) / (top / bottom) - 1)).toBeLessThan(slack)
  })

  // Directions, with wide margins: both times of a ratio come from the same run, so a busy machine
  // slows both. 10 000 dispatches against one cost hundreds of times more where measured; 10 would
  // mean the loop skipped its work.
  it('shows the book’s effect: an operation per element costs far more than one vectorized add', () => {
    expect(numberAfter(text, 'tensor loop / add')).toBeGreaterThan(10)
  })

  it('shows the JIT-compiled typed-array loop far cheaper than the loop of tensor operations', () => {
    expect(numberAfter(text, 'typed-array loop / tensor loop')).toBeLessThan(0.1)
  })
})

itHasAChineseTwin('vectorization', { timed: true })
