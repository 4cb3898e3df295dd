import { flatten, type LinearFit, type TrainingTrace } from './problem.js'

/** How a workload decides that an implementation's answer is right. */
export type CheckSpec =
  | {
      /** SGD: relative L2 distance of [w, b] to the float64 reference loop and to the truth. */
      kind: 'sgd'
      maxVsReference: number
      maxVsTruth: number
    }
  | {
      /** Closed form: max-norm relative distance of [w, b] to the float64 reference. */
      kind: 'closed-form'
      maxVsReference: number
    }

/** The outcome of one check, as recorded in the results. */
export interface CheckResult {
  passed: boolean
  /** ‖θ − θ_ref‖ / ‖θ_ref‖ (L2 for SGD, max-norm for the closed form). */
  vsReference: number
  /** ‖θ − θ*‖₂ / ‖θ*‖₂ against the parameters the data were generated with. */
  vsTruth: number
  /** What was required, in words. */
  criterion: string
  /** The checked run's batch losses, where the implementation reported them (W5). */
  trace?: TrainingTrace
  /** How the fit was computed, where the implementation says (W4: 'pushdown' or 'tsqr'). */
  method?: string
}

/** ‖a − b‖ / ‖b‖ over the vectors [w…, b], in the L2 or the max norm; 0 / 0 counts as 0. */
export function relativeError(a: LinearFit, b: LinearFit, norm: 'l2' | 'max' = 'l2'): number {
  const x = flatten(a)
  const y = flatten(b)
  if (x.length !== y.length) return Number.POSITIVE_INFINITY
  let num = 0
  let den = 0
  for (let i = 0; i < x.length; i++) {
    const diff = Math.abs((x[i] as number) - (y[i] as number))
    const size = Math.abs(y[i] as number)
    if (norm === 'l2') {
      num += diff * diff
      den += size * size
    } else {
      num = Math.max(num, diff)
      den = Math.max(den, size)
    }
  }
  if (Number.isNaN(num)) return Number.POSITIVE_INFINITY
  if (num === 0) return 0
  return norm === 'l2' ? Math.sqrt(num / den) : num / den
}

/** Checks `fit` against the reference result and the truth, as `spec` says. */
export function checkFit(
  fit: LinearFit,
  reference: LinearFit,
  truth: LinearFit,
  spec: CheckSpec,
): CheckResult {
  const vsTruth = relativeError(fit, truth, 'l2')
  if (spec.kind === 'sgd') {
    const vsReference = relativeError(fit, reference, 'l2')
    return {
      passed: vsReference <= spec.maxVsReference && vsTruth <= spec.maxVsTruth,
      vsReference,
      vsTruth,
      criterion: `‖θ−θ_ref‖/‖θ_ref‖ ≤ ${spec.maxVsReference} and ‖θ−θ*‖/‖θ*‖ ≤ ${spec.maxVsTruth} (L2)`,
    }
  }
  const vsReference = relativeError(fit, reference, 'max')
  return {
    passed: vsReference <= spec.maxVsReference,
    vsReference,
    vsTruth,
    criterion: `max|θ−θ_ref| / max|θ_ref| ≤ ${spec.maxVsReference} (float64 reference)`,
  }
}
