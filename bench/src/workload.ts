import type { CheckSpec } from './check.js'
import type { ImplementationId } from './implementations.js'
import type { Dataset, LinearFit, SgdSettings } from './problem.js'

/** `--quick` (smaller N where the full size takes long) or the full sizes of the issue. */
export type Mode = 'quick' | 'full'

/** One dataset size of a workload (W3 has two). */
export interface WorkloadCase {
  /** Shown in the table, e.g. '1000000×64'. */
  label: string
  n: number
  d: number
  /** The parameters the data are generated from. */
  truth: LinearFit
  seed: number
  noiseStd: number
}

export interface Workload {
  id: 'W1' | 'W2' | 'W3'
  title: string
  kind: 'sgd' | 'closed-form'
  /** For SGD workloads. */
  settings?: SgdSettings
  cases(mode: Mode): WorkloadCase[]
  implementations: ImplementationId[]
  /** Peers that have no implementation of this workload, and why. */
  notApplicable: Partial<Record<ImplementationId, string>>
  check: CheckSpec
  /** Untimed runs after the checked one: at least `warmup` runs and `warmupSeconds` of them. */
  warmup: number
  warmupSeconds: number
  /** Timed runs (benchmark()'s repeat): at least `repeat`, more for fast runs to fill `minTimedSeconds`. */
  repeat: number
  minTimedSeconds: number
  /** Implementations left out in a mode, and why (shown as skipped). */
  skip(mode: Mode): Partial<Record<ImplementationId, string>>
  /** Seconds one implementation (its setup, check and every run) may take before it is stopped. */
  timeoutSeconds(mode: Mode): number
  /** Peak RSS is reported for every child; for this workload it is also judged against the data size. */
  judgesMemory: boolean
  /** The float64 answer every implementation is checked against. */
  reference(data: Dataset): LinearFit
}

/** `n×d` as the table shows it. */
export function caseLabel(n: number, d: number): string {
  return `${n}×${d}`
}
