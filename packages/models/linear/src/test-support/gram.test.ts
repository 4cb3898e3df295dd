import { describe, expect, it } from 'vitest'
import { centredGram } from './gram.js'

/** The definition, row by row: Σᵢ (aᵢ − μ)(aᵢ − μ)ᵀ. */
function reference(rows: number[][], mean: number[]): number[][] {
  const m = mean.length
  const g = Array.from({ length: m }, () => new Array<number>(m).fill(0))
  for (const row of rows) {
    for (let j = 0; j < m; j++)
      for (let l = 0; l < m; l++) g[j]![l]! += (row[j]! - mean[j]!) * (row[l]! - mean[l]!)
  }
  return g
}

describe('centredGram', () => {
  // Sizes around the block (128 rows) and the 2×4 tiles: odd column counts, partial blocks.
  it.each([
    [1, 1, 1],
    [5, 2, 1],
    [127, 3, 1],
    [128, 4, 2],
    [300, 7, 1],
    [257, 9, 3],
  ])('matches the definition for n = %i, d = %i, q = %i', (n, d, q) => {
    const rows = Array.from({ length: n }, (_, i) =>
      Array.from({ length: d + q }, (_, j) => Math.sin(i * 1.3 + j * 0.7) * (j + 1) + (i % 5)),
    )
    const mean = Array.from({ length: d + q }, (_, j) => rows.reduce((s, r) => s + r[j]!, 0) / n)
    const gram = centredGram(
      { rows: n, cols: d, data: Float64Array.from(rows.flatMap((r) => r.slice(0, d))) },
      { rows: n, cols: q, data: Float64Array.from(rows.flatMap((r) => r.slice(d))) },
      Float64Array.from(mean.slice(0, d)),
      Float64Array.from(mean.slice(d)),
    )
    const expected = reference(rows, mean)
    const m = d + q
    for (let j = 0; j < m; j++) {
      for (let l = 0; l < m; l++) {
        expect(gram[j * m + l]).toBeCloseTo(expected[j]![l]!, 8)
      }
    }
  })
})
