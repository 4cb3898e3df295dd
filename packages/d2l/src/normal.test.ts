import { expect, it } from 'vitest'
import { normal } from './index.js'

it('peaks at 1/(σ√(2π)) at the mean, and integrates to 1', () => {
  expect(normal(3, 3, 2)).toBeCloseTo(1 / (2 * Math.sqrt(2 * Math.PI)), 12)
  // Trapezoid rule over ±10σ, step 0.01: accurate to far better than 1e-6 for a Gaussian
  const xs = Array.from({ length: 4001 }, (_, i) => -20 + i * 0.01)
  const p = normal(xs, 0, 2)
  const area = p.reduce((s, v, i) => s + (i === 0 || i === p.length - 1 ? v / 2 : v), 0) * 0.01
  expect(area).toBeCloseTo(1, 6)
})

it('is the book’s formula at a hand-computed point: x = 1, μ = 0, σ = 1 gives e^(−½)/√(2π)', () => {
  expect(normal(1, 0, 1)).toBeCloseTo(Math.exp(-0.5) / Math.sqrt(2 * Math.PI), 14)
  expect(normal(new Float64Array([1, -1]), 0, 1)).toEqual([normal(1, 0, 1), normal(-1, 0, 1)])
})

it('refuses σ <= 0', () => {
  expect(() => normal(0, 0, 0)).toThrow('sigma: expected a finite number > 0, received 0')
})
