import { describe, expect, it } from 'vitest'
import type { Dataset } from '../problem.js'
import { seededRandom } from '../random.js'
import { leastSquaresFloor, sgdLoop, solveSymmetric } from './typed-array.js'

/** y = Xw + b exactly (no noise), with X's entries from a seeded uniform draw. */
function exactData(n: number, w: number[], b: number, noise = 0): Dataset {
  const d = w.length
  const random = seededRandom(11)
  const X = new Float32Array(n * d)
  const y = new Float32Array(n)
  for (let i = 0; i < n; i++) {
    let s = b
    for (let j = 0; j < d; j++) {
      const x = Math.fround(random() * 4 - 2)
      X[i * d + j] = x
      s += x * (w[j] as number)
    }
    y[i] = s + noise * (random() - 0.5)
  }
  return { X, y, n, d }
}

describe('solveSymmetric', () => {
  it('solves a 2 × 2 system worked by hand', () => {
    // [[4, 2], [2, 3]] x = [10, 8]  →  x = [1.75, 1.5]
    const x = solveSymmetric(Float64Array.from([4, 2, 2, 3]), Float64Array.from([10, 8]), 2)
    expect(x[0]).toBeCloseTo(1.75, 12)
    expect(x[1]).toBeCloseTo(1.5, 12)
  })

  it('refuses a matrix that is not positive definite', () => {
    expect(() =>
      solveSymmetric(Float64Array.from([1, 2, 2, 1]), Float64Array.from([1, 1]), 2),
    ).toThrow(/not positive definite/)
  })
})

describe('leastSquaresFloor', () => {
  it('recovers the coefficients of noiseless data (to float32 rounding of y)', () => {
    const w = [2, -3.4, 0.5, 1.25, -0.75]
    const fit = leastSquaresFloor(exactData(1000, w, 4.2))
    w.forEach((wj, j) => {
      expect(fit.w[j]).toBeCloseTo(wj, 5)
    })
    expect(fit.b).toBeCloseTo(4.2, 5)
  })

  it('handles a row count that is not a multiple of the block size', () => {
    const fit = leastSquaresFloor(exactData(131, [1, -1, 2], 0.5))
    expect(fit.w[2]).toBeCloseTo(2, 5)
    expect(fit.b).toBeCloseTo(0.5, 5)
  })
})

describe('sgdLoop', () => {
  it('converges to the least-squares solution', () => {
    const data = exactData(2000, [2, -3.4], 4.2, 0.1)
    const exact = leastSquaresFloor(data)
    const fit = sgdLoop(data, { batchSize: 10, lr: 0.03, epochs: 10, seed: 0 }, 'float64')
    expect(fit.w[0]).toBeCloseTo(exact.w[0] as number, 2)
    expect(fit.w[1]).toBeCloseTo(exact.w[1] as number, 2)
    expect(fit.b).toBeCloseTo(exact.b, 2)
  })

  it('takes one hand-computed step', () => {
    // One batch of two rows, from w = 0, b = 0: residuals r = −y = [−1, −2], so mean(r·x) =
    // −(1·1 + 2·3)/2 = −3.5 and mean(r) = −(1 + 2)/2 = −1.5; lr 0.1 → w = 0.35, b = 0.15.
    const data: Dataset = { X: Float32Array.from([1, 3]), y: Float32Array.from([1, 2]), n: 2, d: 1 }
    const fit = sgdLoop(data, { batchSize: 2, lr: 0.1, epochs: 1, seed: 0 }, 'float64')
    expect(fit.w[0]).toBeCloseTo(0.35, 12)
    expect(fit.b).toBeCloseTo(0.15, 12)
  })

  it('gives nearly the same answer in float32 as in float64', () => {
    const data = exactData(500, [1, 2, 3], -1, 0.01)
    const settings = { batchSize: 16, lr: 0.05, epochs: 3, seed: 5 }
    const a = sgdLoop(data, settings, 'float32')
    const b = sgdLoop(data, settings, 'float64')
    for (let j = 0; j < 3; j++)
      expect(Math.abs((a.w[j] as number) - (b.w[j] as number))).toBeLessThan(1e-5)
  })
})
