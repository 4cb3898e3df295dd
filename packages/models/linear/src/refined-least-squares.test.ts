import { describe, expect, it } from 'vitest'
import { RankDeficientError } from './gram-factor.js'
import { leastSquares } from './least-squares.js'
import { qrLeastSquares } from './qr-least-squares.js'
import { refinedLeastSquares } from './refined-least-squares.js'
import { fullMemoryKernels } from './test-support/full-memory-kernels.js'
import {
  float64LeastSquares,
  type LeastSquaresSolution,
} from './test-support/gram-least-squares.js'
import { normalSampler, regressionProblem } from './test-support/regression-problem.js'
import { gramKernels, type Matrix32 } from './wasm-kernels.js'

const kernels = gramKernels()!

/** max |a − b| / max |b| over the coefficients and intercepts of each output, worst output. */
function relativeError(a: LeastSquaresSolution, b: LeastSquaresSolution, q: number): number {
  let worst = 0
  for (let k = 0; k < q; k++) {
    const pick = (s: LeastSquaresSolution) => [
      ...s.coefficients.filter((_, i) => i % q === k),
      s.intercept[k]!,
    ]
    const [x, y] = [pick(a), pick(b)]
    const scale = Math.max(...y.map(Math.abs))
    worst = Math.max(worst, Math.max(...x.map((v, i) => Math.abs(v - y[i]!))) / scale)
  }
  return worst
}

describe('refinedLeastSquares', () => {
  // The float64 JavaScript path is the independent truth: its own Gram matrix (centred in float64),
  // its own factor, no refinement.
  it.each([
    { rows: 1000, d: 1, q: 1 },
    { rows: 257, d: 7, q: 2 },
    { rows: 5000, d: 64, q: 1 },
    { rows: 3000, d: 130, q: 3 },
  ])(
    'gives the float64 solution on features far from zero and on unequal scales ($rows × $d, q = $q)',
    ({ rows, d, q }) => {
      const { X, Y } = regressionProblem(d, rows, d, q)
      const refined = refinedLeastSquares(kernels, X, Y, 0)
      expect(refined).toBeDefined()
      expect(relativeError(refined!, float64LeastSquares(X, Y), q)).toBeLessThan(1e-10)
    },
    60_000,
  )

  it('gives the float64 ridge solution', () => {
    const { X, Y } = regressionProblem(3, 2000, 9, 2)
    for (const ridge of [1e-3, 10, 1e6]) {
      const refined = refinedLeastSquares(kernels, X, Y, ridge)
      expect(relativeError(refined!, float64LeastSquares(X, Y, ridge), 2)).toBeLessThan(1e-10)
    }
  })

  it('stays exact when the first rows are unrepresentative (the shift is far from the mean)', () => {
    const { X, Y } = regressionProblem(4, 4000, 5, 1, { offset: 0, spreadRange: 10 })
    for (let i = 0; i < 256 * 5; i++) X.data[i] = X.data[i]! + 50 // first 256 rows moved by 50σ
    const refined = refinedLeastSquares(kernels, X, Y, 0)
    expect(relativeError(refined!, float64LeastSquares(X, Y), 1)).toBeLessThan(1e-10)
  })

  it('hands nearly dependent columns (R² ≈ 1 − 1e-6) back to the QR path', () => {
    const normal = normalSampler(5)
    const rows = 2000
    const X: Matrix32 = { rows, cols: 3, data: new Float32Array(rows * 3) }
    const Y: Matrix32 = { rows, cols: 1, data: new Float32Array(rows) }
    for (let i = 0; i < rows; i++) {
      const [a, b] = [normal(), normal()]
      X.data.set([a, b, a + b + 1e-3 * normal()], i * 3)
      Y.data[i] = a - 2 * b + 0.1 * normal()
    }
    expect(refinedLeastSquares(kernels, X, Y, 0)).toBeUndefined()
  })

  it('leaves the verdict on a dependent column to the QR path, which names it', () => {
    const { X, Y } = regressionProblem(6, 500, 4, 1)
    for (let i = 0; i < X.rows; i++) X.data[i * 4 + 3] = X.data[i * 4 + 1]! // column 3 repeats 1
    expect(refinedLeastSquares(kernels, X, Y, 0)).toBeUndefined()
    expect(() => qrLeastSquares(X, Y)).toThrow(RankDeficientError)
    try {
      qrLeastSquares(X, Y)
    } catch (error) {
      expect((error as RankDeficientError).deficiency).toEqual({ column: 3, combinationOf: [1] })
    }
  })

  it('hands over a problem whose Gram matrix the kernels cannot hold', () => {
    const { X, Y } = regressionProblem(10, 100, 4, 1)
    const full = fullMemoryKernels()
    expect(refinedLeastSquares(full, X, Y, 0)).toBeUndefined()
  })

  it('is what leastSquares uses for large, well-conditioned float32 data; fastPath: false turns it off', () => {
    const { X, Y } = regressionProblem(8, 50_000, 6, 1, { spreadRange: 10 })
    const refined = refinedLeastSquares(kernels, X, Y, 0)!
    const fast = leastSquares(X, Y)
    expect(fast.method).toBe('gram')
    expect(fast.coefficients).toEqual(refined.coefficients)
    expect(fast.conditionNumber).toBeLessThan(1e3)
    const qr = leastSquares(X, Y, { fastPath: false })
    expect(qr.method).toBe('qr')
    expect(relativeError(fast, qr, 1)).toBeLessThan(1e-10)
    // Inference from the centred Gram matrix (partitioned inverse) agrees with QR's R⁻¹R⁻ᵀ, to the
    // ~1e-7 that summing the Gram matrix in float32 blocks leaves in it (the solution is refined,
    // the covariance is not; standard errors are read to a few digits).
    expect(Math.abs(fast.rss[0]! - qr.rss[0]!) / qr.rss[0]!).toBeLessThan(1e-9)
    const [a, b] = [fast.covariance(), qr.covariance()]
    for (let i = 0; i < 7; i++)
      expect(Math.abs(a[i * 7 + i]! - b[i * 7 + i]!) / b[i * 7 + i]!).toBeLessThan(1e-6)
    expect(Math.abs(a[1]! - b[1]!) / Math.abs(b[1]!)).toBeLessThan(1e-6)
  }, 120_000) // 50 000 rows through QR: seconds on a busy machine

  it('leaves small problems and ill-conditioned ones to QR', () => {
    expect(
      leastSquares(...(Object.values(regressionProblem(8, 1000, 6, 1)) as [Matrix32, Matrix32]))
        .method,
    ).toBe('qr')
    // Column 2 is column 0 plus 1e-3 of noise: a condition number of about 1e3 · √2.
    const { X, Y } = regressionProblem(9, 50_000, 6, 1, { offset: 0, spreadRange: 1 })
    const normal = normalSampler(9)
    for (let i = 0; i < X.rows; i++) X.data[i * 6 + 2] = X.data[i * 6]! + 1e-3 * normal()
    const fit = leastSquares(X, Y)
    expect(fit.method).toBe('qr')
    expect(fit.conditionNumber).toBeGreaterThan(1e3)
  }, 120_000) // 50 000 rows through QR: seconds on a busy machine
})
