import { describe, expect, it } from 'vitest'
import { fullMemoryKernels } from './test-support/full-memory-kernels.js'
import { regressionProblem } from './test-support/regression-problem.js'
import { gramKernels } from './wasm-kernels.js'

const kernels = gramKernels()

describe('gramKernels', () => {
  it('compiles and runs in Node (WebAssembly SIMD is available)', () => {
    expect(kernels).toBeDefined()
  })

  // Sizes around the 256-row block and the 4- and 16-column tiles, with odd d and several outputs.
  const sizes = [
    { rows: 1, d: 1, q: 1 },
    { rows: 255, d: 5, q: 2 },
    { rows: 257, d: 13, q: 3 },
    { rows: 600, d: 64, q: 1 },
  ]

  it.each(sizes)(
    'augmentedGram sums [x − s, y, 1]·[x − s, y, 1]ᵀ ($rows × $d, q = $q)',
    ({ rows, d, q }) => {
      const { X, Y } = regressionProblem(rows, rows, d, q)
      const shift = Float32Array.from({ length: d }, (_, j) => X.data[j]! + 0.5)
      const G = kernels!.augmentedGram(X, Y, shift)!
      const m = d + q + 1
      // Independent float64 sums, on the same float32-rounded shifted values the kernel multiplies.
      const row = (i: number) => [
        ...Array.from({ length: d }, (_, j) => Math.fround(X.data[i * d + j]! - shift[j]!)),
        ...Array.from({ length: q }, (_, k) => Y.data[i * q + k]!),
        1,
      ]
      const expected = new Float64Array(m * m)
      for (let i = 0; i < rows; i++) {
        const a = row(i)
        for (let j = 0; j < m; j++)
          for (let l = 0; l < m; l++) expected[j * m + l]! += a[j]! * a[l]!
      }
      // float32 sums within 256-row blocks: compare on the scale of the entries' own magnitudes.
      for (let j = 0; j < m; j++) {
        for (let l = 0; l < m; l++) {
          const scale = Math.sqrt(expected[j * m + j]! * expected[l * m + l]!)
          expect(Math.abs(G[j * m + l]! - expected[j * m + l]!)).toBeLessThanOrEqual(1e-5 * scale)
          expect(G[j * m + l]).toBe(G[l * m + j])
        }
      }
      expect(G[m * m - 1]).toBe(rows)
    },
  )

  it.each(sizes)(
    'residualGradient is Σ [x − s, 1]·(y − (x − s)ᵀB − c) in float64 ($rows × $d, q = $q)',
    ({ rows, d, q }) => {
      const { X, Y } = regressionProblem(rows + 1, rows, d, q)
      const shift = Float64Array.from({ length: d }, (_, j) => X.data[j]! - 0.25)
      const B = Float64Array.from({ length: d * q }, (_, i) => Math.sin(i + 1))
      const c = Float64Array.from({ length: q }, (_, k) => k - 0.5)
      const gradient = kernels!.residualGradient(X, Y, shift, B, c)!
      for (let k = 0; k < q; k++) {
        const expected = new Float64Array(d + 1)
        for (let i = 0; i < rows; i++) {
          const centred = Array.from({ length: d }, (_, j) => X.data[i * d + j]! - shift[j]!)
          let r = Y.data[i * q + k]! - c[k]!
          for (let j = 0; j < d; j++) r -= centred[j]! * B[j * q + k]!
          for (let j = 0; j < d; j++) expected[j]! += centred[j]! * r
          expected[d]! += r
        }
        const scale = Math.max(...expected.map(Math.abs))
        for (let j = 0; j <= d; j++)
          expect(Math.abs(gradient[k * (d + 1) + j]! - expected[j]!)).toBeLessThanOrEqual(
            1e-12 * scale,
          )
      }
    },
  )

  it('leaves the caller’s arrays as they were', () => {
    const { X, Y } = regressionProblem(7, 300, 6, 2)
    const before = [X.data.slice(), Y.data.slice()]
    kernels!.augmentedGram(X, Y, new Float32Array(6))
    kernels!.residualGradient(X, Y, new Float64Array(6), new Float64Array(12), new Float64Array(2))
    expect([X.data, Y.data]).toEqual(before)
  })

  it('answers undefined, not a RangeError, when its memory cannot grow to hold the work', () => {
    const refusing = fullMemoryKernels()
    const { X, Y } = regressionProblem(9, 10, 3, 1)
    expect(refusing.augmentedGram(X, Y, new Float32Array(3))).toBeUndefined()
    expect(
      refusing.residualGradient(
        X,
        Y,
        new Float64Array(3),
        new Float64Array(3),
        new Float64Array(1),
      ),
    ).toBeUndefined()
  })
})
