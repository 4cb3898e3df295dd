import { gradientDescentDistance } from '../gradient-descent-distance.js'
import type { Mode, TableWorkload } from '../workload.js'
import { IN_MEMORY_ONLY, tableCase } from './table-case.js'

const settings = { batchSize: 1024, lr: 0.01, epochs: 1, seed: 0 }

/**
 * How close to the truth (and to the least-squares reference, a few 1e-6 from it) one epoch must
 * land, as a relative L2 distance over [w, b]: twice the distance full-batch gradient descent with the
 * same step and number of steps leaves (what SGD does in expectation), plus 1e-3 for the batches' noise
 * and the order of the rows. A full epoch is 8192 steps, after which gradient descent is 1.8e-5 from
 * the truth (limit 1.04e-3); a quick one is 128 steps, which leave 0.30 (limit 0.60).
 */
export function w5Tolerance(mode: Mode): number {
  const c = tableCase(mode)
  const steps = Math.ceil(c.n / settings.batchSize)
  return 2 * gradientDescentDistance(c, settings.lr, steps) + 1e-3
}

/** W5: one epoch of minibatch SGD streamed from W4's file, in bounded memory. */
export const w5TableSgd: TableWorkload = {
  id: 'W5',
  title: 'one SGD epoch streamed from the Parquet file: batch 1024, lr 0.01',
  kind: 'table-sgd',
  settings,
  cases: (mode) => [tableCase(mode)],
  implementations: ['d2l-ts'],
  notApplicable: {
    ...IN_MEMORY_ONLY,
    'duckdb-two-pass': 'SQL aggregates give the closed form (W4), not SGD',
  },
  check: (mode) => ({
    kind: 'sgd',
    maxVsReference: w5Tolerance(mode),
    maxVsTruth: w5Tolerance(mode),
  }),
  warmup: 0,
  warmupSeconds: 0,
  repeat: 5,
  minTimedSeconds: 0,
  skip: () => ({}),
  timeoutSeconds: (mode) => (mode === 'quick' ? 60 : 600),
  judgesMemory: true,
  reportsRowsPerSecond: true,
}
