import { describe, expect, it } from 'vitest'
import { CompensatedSums } from './compensated-sums.js'

describe('CompensatedSums', () => {
  it('keeps the small terms a plain sum loses beside a large one', () => {
    const sums = new CompensatedSums(1)
    let plain = 0
    for (const value of [1e16, ...Array(1000).fill(1), -1e16]) {
      sums.add(0, value)
      plain += value
    }
    expect(plain).toBe(0)
    expect(sums.total(0)).toBe(1000)
  })

  it('sums 0.1 ten million times to 1e6, where a plain loop drifts', () => {
    const sums = new CompensatedSums(2)
    let plain = 0
    for (let i = 0; i < 1e7; i++) {
      sums.add(0, 0.1)
      sums.add(1, -0.1)
      plain += 0.1
    }
    expect(Math.abs(plain - 1e6)).toBeGreaterThan(1e-6)
    expect(sums.total(0)).toBe(1e6)
    expect(sums.total(1)).toBe(-1e6)
  })
})
