import { describe, expect, it } from 'vitest'
import { leastSquaresFloor } from './peers/typed-array.js'
import type { Dataset } from './problem.js'
import { seededRandom } from './random.js'
import { closedFormReference } from './reference.js'

function data(n: number, d: number, noise: number, offset = 0): Dataset {
  const random = seededRandom(5)
  const X = new Float32Array(n * d)
  const y = new Float32Array(n)
  for (let i = 0; i < n; i++) {
    let s = 0.75
    for (let j = 0; j < d; j++) {
      const x = Math.fround(offset + random() * 2 - 1)
      X[i * d + j] = x
      s += x * (j + 1)
    }
    y[i] = s + noise * (random() - 0.5)
  }
  return { X, y, n, d }
}

describe('closedFormReference', () => {
  it('recovers noiseless coefficients', () => {
    const fit = closedFormReference(data(400, 4, 0))
    for (let j = 0; j < 4; j++) expect(fit.w[j]).toBeCloseTo(j + 1, 5)
    expect(fit.b).toBeCloseTo(0.75, 4)
  })

  it('agrees with the floor to 1e-9 on noisy data', () => {
    const problem = data(3000, 8, 0.5)
    const a = closedFormReference(problem)
    const b = leastSquaresFloor(problem)
    for (let j = 0; j < 8; j++)
      expect(Math.abs((a.w[j] as number) - (b.w[j] as number))).toBeLessThan(1e-9)
    expect(Math.abs(a.b - b.b)).toBeLessThan(1e-9)
  })

  it('has a residual orthogonal to every column (the normal equations hold)', () => {
    // Features far from zero make XᵀX ill-conditioned without centring; the answer must still satisfy
    // Xᵀ(y − Xw − b) = 0 to round-off.
    const problem = data(2000, 3, 0.2, 100)
    const { w, b } = closedFormReference(problem)
    const { X, y, n, d } = problem
    const g = new Float64Array(d + 1)
    for (let i = 0; i < n; i++) {
      let r = (y[i] as number) - b
      for (let j = 0; j < d; j++) r -= (X[i * d + j] as number) * (w[j] as number)
      for (let j = 0; j < d; j++) g[j] = (g[j] as number) + r * (X[i * d + j] as number)
      g[d] = (g[d] as number) + r
    }
    for (const v of g) expect(Math.abs(v)).toBeLessThan(1e-6)
  })
})
