import { syntheticData } from '@d2l-ts/data'
import type { Dataset } from './problem.js'
import type { WorkloadCase } from './workload.js'

/**
 * The case's data through the book's `syntheticData` (y = Xw + b + ε, X ~ N(0, 1), seeded) on the
 * cpu backend, copied out as float32 arrays. Not timed.
 */
export function generateDataset(c: WorkloadCase): Dataset {
  const { X, y } = syntheticData(Array.from(c.truth.w), c.truth.b, c.n, {
    seed: c.seed,
    noiseStd: c.noiseStd,
  })
  const data: Dataset = {
    X: X.dataSync<'float32'>().slice(),
    y: y.dataSync<'float32'>().slice(),
    n: c.n,
    d: c.d,
  }
  X.dispose()
  y.dispose()
  return data
}
