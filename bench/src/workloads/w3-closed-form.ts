import { trueWeights } from '../random.js'
import { closedFormReference } from '../reference.js'
import { type ArrayWorkload, caseLabel, type WorkloadCase } from '../workload.js'

function closedFormCase(n: number, d: number, seed: number): WorkloadCase {
  return {
    label: caseLabel(n, d),
    n,
    d,
    truth: { w: trueWeights(d, seed), b: 1.5 },
    seed,
    noiseStd: 0.01,
  }
}

/** W3: least squares in closed form, N = 1 000 000 × 64 and 100 000 × 256 (smaller with --quick). */
export const w3ClosedForm: ArrayWorkload = {
  id: 'W3',
  title: 'closed form: least squares with an intercept',
  kind: 'closed-form',
  cases: (mode) =>
    mode === 'quick'
      ? [closedFormCase(40_000, 64, 30), closedFormCase(4_000, 256, 31)]
      : [closedFormCase(1_000_000, 64, 30), closedFormCase(100_000, 256, 31)],
  implementations: ['d2l-ts', 'd2l-ts-summary', 'ml-js', 'jax-js', 'jax-js-f64', 'typed-array'],
  notApplicable: {
    'tfjs-layers':
      'tfjs has no least-squares solver (tf.linalg.qr of a tall N×D matrix builds N×N)',
    'tfjs-core-loop':
      'tfjs has no least-squares solver (tf.linalg.qr of a tall N×D matrix builds N×N)',
  },
  check: () => ({ kind: 'closed-form', maxVsReference: 1e-6 }),
  warmup: 0,
  warmupSeconds: 0,
  repeat: 5,
  minTimedSeconds: 0,
  skip: (mode) =>
    mode === 'quick'
      ? {
          'jax-js-f64':
            "--quick: jax-js's float64 matmul runs near 0.2 GFLOP/s, a few seconds a run even at the quick sizes; the full run times it",
        }
      : {},
  timeoutSeconds: (mode) => (mode === 'quick' ? 30 : 360),
  judgesMemory: false,
  reference: (data) => closedFormReference(data),
}
