import { describe, expect, it } from 'vitest'
import { residualDot } from './compensated-dot.js'

describe('residualDot', () => {
  it('keeps what plain float64 cancels: 1 − (1e16 − 1e16) = 1', () => {
    expect(1 - 1e16 + 1e16).toBe(0) // what plain float64 gives
    expect(residualDot(1, Float64Array.of(1e16, -1e16), 0, 1, Float64Array.of(1, 1), 0, 2)).toBe(1)
  })

  it('is exact on products whose rounding errors plain float64 drops', () => {
    // (1 + 2⁻²⁷)² = 1 + 2⁻²⁶ + 2⁻⁵⁴; minus (1 + 2⁻²⁶) leaves exactly 2⁻⁵⁴.
    const a = 1 + 2 ** -27
    expect(residualDot(1 + 2 ** -26, Float64Array.of(a), 0, 1, Float64Array.of(a), 0, 1)).toBe(
      -(2 ** -54),
    )
  })

  it('reads strided entries, as from a column-major matrix', () => {
    // Row 1 of the 2 × 3 column-major [[1, 2, 3], [4, 5, 6]] is 4, 5, 6 at stride 2.
    const A = Float64Array.of(1, 4, 2, 5, 3, 6)
    expect(residualDot(100, A, 1, 2, Float64Array.of(1, 1, 1), 0, 3)).toBe(100 - 15)
  })
})
