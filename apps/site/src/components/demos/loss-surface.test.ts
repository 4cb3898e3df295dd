import { describe, expect, it } from 'vitest'
import { lossSurface } from './loss-surface'

/** The definition, one point at a time: the mean of ½(w·x + b − y)². */
function lossByDefinition(xs: number[], ys: number[], w: number, b: number): number {
  return (
    xs.reduce((total, x, i) => total + 0.5 * (w * x + b - (ys[i] as number)) ** 2, 0) / xs.length
  )
}

describe('lossSurface', () => {
  const xs = [-1.3, 0.2, 0.7, 1.9, -0.4, 2.6]
  const ys = [-1.1, 1.6, 2.2, 4.9, 0.1, 6.3]

  it('equals the mean squared loss computed point by point, anywhere in (w, b)', () => {
    const surface = lossSurface(xs, ys)
    for (const [w, b] of [
      [0, 0],
      [2, 1],
      [-3, 5],
      [10, -7],
    ] as const) {
      expect(surface.at(w, b)).toBeCloseTo(lossByDefinition(xs, ys, w, b), 12)
    }
  })

  it('has its minimum at the least-squares line: y = 2x + 1 exactly gives w = 2, b = 1, loss 0', () => {
    const { minimum } = lossSurface([0, 1, 2, 3], [1, 3, 5, 7])
    expect(minimum.w).toBeCloseTo(2, 12)
    expect(minimum.b).toBeCloseTo(1, 12)
    expect(minimum.loss).toBeCloseTo(0, 12)
  })

  it('has its minimum where a hand-computed fit puts it, with the loss of that line', () => {
    // x = 0, 1, 2 and y = 0, 2, 1: x̄ = 1, ȳ = 1, Sxy = (−1·−1 + 0 + 1·0)/3 = 1/3, Sxx = 2/3,
    // so w = 1/2, b = 1/2; the residuals are −1/2, 1, −1/2 and the loss is ½·(1/4 + 1 + 1/4)/3 = 1/4.
    const { minimum, at } = lossSurface([0, 1, 2], [0, 2, 1])
    expect(minimum.w).toBeCloseTo(0.5, 12)
    expect(minimum.b).toBeCloseTo(0.5, 12)
    expect(minimum.loss).toBeCloseTo(0.25, 12)
    expect(at(0.5, 0.5)).toBeCloseTo(0.25, 12)
    expect(at(0.6, 0.5)).toBeGreaterThan(0.25)
  })
})
