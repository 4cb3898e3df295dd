import type { ImplementationId } from '../implementations.js'
import { seededRandom, trueWeights } from '../random.js'
import { caseLabel, type Mode, type TableCase } from '../workload.js'

const D = 15

/**
 * W4 and W5's file: 2²³ rows of 15 features and y, all float64 (16 columns × 8 bytes × 8 388 608 rows
 * = 1 GiB raw); 2¹⁷ rows (16 MiB) with --quick. Each feature has its own mean in [−1, 1] and scale in
 * [0.5, 2] (seeded, two decimals), so that an answer that skips the centring, or mixes up the columns,
 * is off; the means stay small enough for one SGD epoch with lr 0.01 to reach the truth (see W5).
 * The quick file's rows are the first rows of the full one: every value depends only on its row.
 */
export function tableCase(mode: Mode): TableCase {
  const n = mode === 'quick' ? 2 ** 17 : 2 ** 23
  const random = seededRandom(41)
  const twoDecimals = (v: number) => Math.round(v * 100) / 100
  const means = Float64Array.from({ length: D }, () => twoDecimals(2 * random() - 1))
  const scales = Float64Array.from({ length: D }, () => twoDecimals(0.5 + 1.5 * random()))
  return {
    label: caseLabel(n, D),
    n,
    d: D,
    truth: { w: trueWeights(D, 40), b: 1.5 },
    seed: 40,
    noiseStd: 0.01,
    means,
    scales,
  }
}

/** The in-memory peers, which have no way to a file that is meant to stay on disk. */
export const IN_MEMORY_ONLY: Partial<Record<ImplementationId, string>> = {
  'tfjs-layers': 'takes tensors in memory: W4 and W5 are about data that stays in its file',
  'tfjs-core-loop': 'takes tensors in memory: W4 and W5 are about data that stays in its file',
  'ml-js': 'takes arrays of rows in memory: W4 and W5 are about data that stays in its file',
  'jax-js': 'takes arrays in memory: W4 and W5 are about data that stays in its file',
  'typed-array': 'is a loop over arrays in memory: W4 and W5 are about data that stays in its file',
}
