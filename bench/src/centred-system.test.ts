import { describe, expect, it } from 'vitest'
import { solveCentred } from './centred-system.js'

describe('solveCentred', () => {
  it('solves the centred normal equations laid out as an upper triangle', () => {
    // x₁ = [0, 1, 2, 3], x₂ = [0, 1, 0, 1], y = 1 + 2x₁ − 3x₂ = [1, 0, 5, 4]: means 1.5, 0.5, 2.5.
    // Centred: x₁ [−1.5, −0.5, 0.5, 1.5], x₂ [−0.5, 0.5, −0.5, 0.5], y [−1.5, −2.5, 2.5, 1.5].
    const upper = [
      5, // x₁x₁
      1, // x₁x₂
      7, // x₁y
      1, // x₂x₂
      -1, // x₂y
      17, // yy
    ]
    const { w, b } = solveCentred([1.5, 0.5, 2.5], upper, 2)
    expect(w[0]).toBeCloseTo(2, 12)
    expect(w[1]).toBeCloseTo(-3, 12)
    expect(b).toBeCloseTo(1, 12)
  })
})
