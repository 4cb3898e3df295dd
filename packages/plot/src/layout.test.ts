import { describe, expect, it } from 'vitest'
import { LAYOUT, leftEdge, textWidth, verticalLayout } from './layout.js'

describe('layout', () => {
  it('keeps 72 units per inch, so the default 3.5 × 2.5 in figure is 252 × 180', () => {
    expect(3.5 * LAYOUT.unitsPerInch).toBe(252)
    expect(2.5 * LAYOUT.unitsPerInch).toBe(180)
  })

  it('puts the plot area 8 below the top and 21 above the bottom, 35 with an xlabel', () => {
    expect(verticalLayout(180, false)).toEqual({ top: 8, bottom: 159 })
    expect(verticalLayout(180, true)).toEqual({ top: 8, bottom: 145 })
  })

  it('leaves room left for the widest y tick label at 6 per character, and 14 for a ylabel', () => {
    expect(leftEdge(['0.0', '0.1', '0.25'], false)).toBe(4 + 3.5 + 3.5 + 24)
    expect(leftEdge(['1'], true)).toBe(4 + 3.5 + 3.5 + 6 + 14)
    expect(leftEdge([], false)).toBe(11)
  })

  it('estimates text width per character, counting a subscript or minus sign as one', () => {
    expect(textWidth('x₁₆')).toBe(18)
    expect(textWidth('−1', 9)).toBeCloseTo(10.8, 10)
  })

  it('counts a Chinese character, or a full-width sign, as a whole em', () => {
    // 全部数据 is four ideographs; （） are full-width parentheses; 'x' stays at 0.6 em.
    expect(textWidth('全部数据', 9)).toBe(36)
    expect(textWidth('损失（x）')).toBeCloseTo(4 * 10 + 6, 10)
  })
})
