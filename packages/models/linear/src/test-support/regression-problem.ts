import { createRng } from '@d2l-ts/tensor'
import type { Matrix32 } from '../wasm-kernels.js'

/** A seeded standard normal sampler (Box–Muller on the package's seeded uniform generator). */
export function normalSampler(seed: number): () => number {
  const uniform = createRng(seed)
  return () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform())
}

/**
 * float32 X (rows × d) whose column j is offset[j] + spread[j]·N(0, 1), and Y = X·W + 1 + 0.1·N(0, 1)
 * with W drawn from N(0, 1): a well-posed regression whose features sit far from zero, on scales
 * far from one another.
 */
export function regressionProblem(
  seed: number,
  rows: number,
  d: number,
  q: number,
  { offset = 100, spreadRange = 1000 } = {},
): { X: Matrix32; Y: Matrix32 } {
  const normal = normalSampler(seed)
  const offsets = Array.from({ length: d }, (_, j) => offset * (j % 2 === 0 ? 1 : -1))
  const spreads = Array.from({ length: d }, (_, j) => spreadRange ** (j / Math.max(1, d - 1) - 0.5))
  const W = Array.from({ length: d * q }, () => normal())
  const X = new Float32Array(rows * d)
  const Y = new Float32Array(rows * q)
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < d; j++) X[i * d + j] = offsets[j]! + spreads[j]! * normal()
    for (let k = 0; k < q; k++) {
      let y = 1 + 0.1 * normal()
      for (let j = 0; j < d; j++) y += X[i * d + j]! * W[j * q + k]!
      Y[i * q + k] = y
    }
  }
  return { X: { rows, cols: d, data: X }, Y: { rows, cols: q, data: Y } }
}
