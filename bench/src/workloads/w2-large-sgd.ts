import { trueWeights } from '../random.js'
import { sgdReference } from '../reference.js'
import { type ArrayWorkload, caseLabel } from '../workload.js'

const D = 64
const settings = { batchSize: 1024, lr: 0.01, epochs: 1, seed: 2 }

/** W2: one epoch of minibatch SGD over N × 64 float32 (N = 1 000 000; 100 000 with --quick). */
export const w2LargeSgd: ArrayWorkload = {
  id: 'W2',
  title: 'large SGD: N×64 float32, batch 1024, lr 0.01, one epoch',
  kind: 'sgd',
  settings,
  cases: (mode) => {
    const n = mode === 'quick' ? 100_000 : 1_000_000
    return [
      {
        label: caseLabel(n, D),
        n,
        d: D,
        truth: { w: trueWeights(D, 20), b: 0.5 },
        seed: 21,
        noiseStd: 0.01,
      },
    ]
  },
  implementations: ['d2l-ts', 'tfjs-layers', 'tfjs-core-loop', 'jax-js', 'typed-array'],
  notApplicable: { 'ml-js': 'ml.js has no SGD: its linear regression is closed form only' },
  // Orders differ between libraries; with isotropic features the paths differ by a few percent of the
  // distance still to go, which is ~38% of ‖θ*‖ after one quick epoch (98 steps: 0.99^98) and ~0 after
  // a full one (977 steps).
  check: () => ({ kind: 'sgd', maxVsReference: 0.02, maxVsTruth: 0.5 }),
  warmup: 0,
  warmupSeconds: 0,
  repeat: 5,
  minTimedSeconds: 0,
  skip: () => ({}),
  timeoutSeconds: (mode) => (mode === 'quick' ? 30 : 300),
  judgesMemory: true,
  reference: (data) => sgdReference(data, settings),
}
