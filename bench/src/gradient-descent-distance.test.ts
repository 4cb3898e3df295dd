import { describe, expect, it } from 'vitest'
import { gradientDescentDistance } from './gradient-descent-distance.js'
import type { TableCase } from './workload.js'

function tableCase(means: number[], scales: number[], w: number[], b: number): TableCase {
  return {
    label: 'test',
    n: 1,
    d: w.length,
    truth: { w: Float64Array.from(w), b },
    seed: 0,
    noiseStd: 0,
    means: Float64Array.from(means),
    scales: Float64Array.from(scales),
  }
}

describe('gradientDescentDistance', () => {
  it('is (1 − lr)ᵏ for standard features (H = I)', () => {
    const c = tableCase([0, 0], [1, 1], [3, -1], 2)
    expect(gradientDescentDistance(c, 0.1, 0)).toBe(1)
    expect(gradientDescentDistance(c, 0.1, 10)).toBeCloseTo(0.9 ** 10, 14)
  })

  it('scales each feature direction by its variance', () => {
    // H = diag(4, 1): w contracts by (1 − 0.4)ᵏ, b by (1 − 0.1)ᵏ.
    const c = tableCase([0], [2], [1], 1)
    const expected = Math.hypot(0.6 ** 5, 0.9 ** 5) / Math.SQRT2
    expect(gradientDescentDistance(c, 0.1, 5)).toBeCloseTo(expected, 14)
  })

  it('is slower when a mean couples a feature with the intercept', () => {
    const centred = tableCase([0], [1], [1], 1)
    const offset = tableCase([3], [1], [1], 1)
    expect(gradientDescentDistance(offset, 0.01, 500)).toBeGreaterThan(
      gradientDescentDistance(centred, 0.01, 500),
    )
  })
})
