import { describe, expect, it } from 'vitest'
import { lossContours, windowAround } from './loss-contours'
import { lossSurface } from './loss-surface'

describe('lossContours', () => {
  // Points of y = 2x + 1 with x̄ = 0 and mean x² = 1: L(w, b) = ½ [(w − 2)² + (b − 1)²], whose level
  // lines are circles around (2, 1) of radius √(2·(L − 0)).
  const surface = lossSurface([-1, 1], [-1, 3])

  it('draws circles around the minimum for a loss that is ½ the squared distance to it', () => {
    const lines = lossContours(surface, windowAround(surface, 2), 4)
    // The highest corner is √8 away: a rise of 4, so the levels are 4·(k/4)² = 0.25, 1, 2.25, 4.
    expect(lines.levels.map((l) => Math.round(l * 1e9) / 1e9)).toEqual([0.25, 1, 2.25, 4])
    const radii = new Set<number>()
    for (let i = 0; i < lines.w.length; i += 3) {
      const r = Math.hypot((lines.w[i] as number) - 2, (lines.b[i] as number) - 1)
      radii.add(Math.round(r * 10) / 10)
      expect(Number.isNaN(lines.w[i + 2])).toBe(true)
    }
    // Radii √0.5, √2, √4.5 (inside the window); the outermost level only touches its corners.
    for (const r of [Math.SQRT1_2, Math.SQRT2, Math.sqrt(4.5)]) {
      expect(radii).toContain(Math.round(r * 10) / 10)
    }
  })

  it('centres the window on the minimum', () => {
    expect(windowAround(surface, 2.5)).toEqual({ w: [-0.5, 4.5], b: [-1.5, 3.5] })
  })
})
