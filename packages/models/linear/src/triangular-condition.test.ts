import { describe, expect, it } from 'vitest'
import { triangularCondition } from './triangular-condition.js'

describe('triangularCondition', () => {
  it('is the ratio of the extreme diagonal entries for a diagonal matrix', () => {
    expect(triangularCondition(Float64Array.of(4, 0, 0, 0.5), 2)).toBeCloseTo(8, 12)
  })

  it('matches the singular values of [[1, 1], [0, ε]] by hand', () => {
    // TᵀT = [[1, 1], [1, 1 + ε²]]: eigenvalues (2 + ε² ± √((2 + ε²)² − 4ε²))/2; κ = √(λ₁/λ₂).
    const e = 1e-3
    const trace = 2 + e * e
    const root = Math.sqrt(trace * trace - 4 * e * e)
    const expected = Math.sqrt((trace + root) / (trace - root))
    expect(triangularCondition(Float64Array.of(1, 1, 0, e), 2) / expected).toBeCloseTo(1, 6)
  })
})
