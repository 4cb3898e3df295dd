import { describe, expect, it } from 'vitest'
import { relativeError } from './check.js'
import type { Dataset } from './problem.js'
import { seededRandom } from './random.js'
import { closedFormReference } from './reference.js'
import { type RowBlocks, streamedLeastSquares } from './table-reference.js'

/** n rows of d features drawn around `offset`, y = 0.75 + Σ (j + 1) xⱼ + noise, as float32. */
function data(n: number, d: number, noise: number, offset: number): Dataset {
  const random = seededRandom(7)
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

/** The dataset as the stream a table gives: row-major [x…, y] blocks of `rows` rows. */
function blocksOf({ X, y, n, d }: Dataset, rows: number): RowBlocks {
  return async function* () {
    for (let start = 0; start < n; start += rows) {
      const m = Math.min(rows, n - start)
      const block = new Float64Array(m * (d + 1))
      for (let i = 0; i < m; i++) {
        for (let j = 0; j < d; j++) block[i * (d + 1) + j] = X[(start + i) * d + j] as number
        block[i * (d + 1) + d] = y[start + i] as number
      }
      yield block
    }
  }
}

describe('streamedLeastSquares', () => {
  it('agrees with the in-memory float64 reference to 1e-12, whatever the block size', async () => {
    const problem = data(3000, 6, 0.5, 0)
    const expected = closedFormReference(problem)
    for (const rows of [1, 257, 3000]) {
      const fit = await streamedLeastSquares(blocksOf(problem, rows), 6)
      expect(relativeError(fit, expected, 'max')).toBeLessThan(1e-12)
    }
  })

  it('recovers noiseless float64 coefficients from features far from zero', async () => {
    // Means of 1000 with a spread of 1: the uncentred normal equations would lose six digits.
    const d = 3
    const random = seededRandom(8)
    const rows = 2000
    const block = new Float64Array(rows * (d + 1))
    for (let i = 0; i < rows; i++) {
      let y = 0.75
      for (let j = 0; j < d; j++) {
        const x = 1000 + random() * 2 - 1
        block[i * (d + 1) + j] = x
        y += (j + 1) * x
      }
      block[i * (d + 1) + d] = y
    }
    const fit = await streamedLeastSquares(async function* () {
      yield block
    }, d)
    for (let j = 0; j < d; j++) expect(Math.abs((fit.w[j] as number) - (j + 1))).toBeLessThan(1e-10)
    expect(Math.abs(fit.b - 0.75)).toBeLessThan(1e-6)
  })
})
