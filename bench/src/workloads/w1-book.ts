import { sgdReference } from '../reference.js'
import { type ArrayWorkload, caseLabel } from '../workload.js'

const settings = { batchSize: 10, lr: 0.03, epochs: 3, seed: 1 }

/** W1: the book's 3.2 workload, 1000 × 2 with w = [2, −3.4], b = 4.2, batch 10, lr 0.03, 3 epochs. */
export const w1Book: ArrayWorkload = {
  id: 'W1',
  title: "the book's 3.2: 1000×2, batch 10, lr 0.03, 3 epochs",
  kind: 'sgd',
  settings,
  cases: () => [
    {
      label: caseLabel(1000, 2),
      n: 1000,
      d: 2,
      truth: { w: Float64Array.from([2, -3.4]), b: 4.2 },
      seed: 0,
      noiseStd: 0.01,
    },
  ],
  implementations: ['d2l-ts', 'tfjs-layers', 'tfjs-core-loop', 'jax-js', 'typed-array'],
  notApplicable: { 'ml-js': 'ml.js has no SGD: its linear regression is closed form only' },
  // 300 steps reach the noise floor: every implementation lands within ~1e-3 of the truth.
  check: () => ({ kind: 'sgd', maxVsReference: 0.01, maxVsTruth: 0.01 }),
  // Runs of milliseconds (microseconds for the floor): warm for half a second, time for at least 0.3 s.
  warmup: 3,
  warmupSeconds: 0.5,
  repeat: 11,
  minTimedSeconds: 0.3,
  skip: () => ({}),
  timeoutSeconds: () => 120,
  judgesMemory: false,
  reference: (data) => sgdReference(data, settings),
}
