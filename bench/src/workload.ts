import type { CheckSpec } from './check.js'
import type { ImplementationId } from './implementations.js'
import type { Dataset, LinearFit, SgdSettings } from './problem.js'

/** `--quick` (smaller N where the full size takes long) or the full sizes of the issue. */
export type Mode = 'quick' | 'full'

/**
 * What a workload times: SGD or the closed form, on arrays in memory (W1–W3) or on a Parquet file
 * that stays on disk, opened as a table (W4, W5).
 */
export type WorkloadKind = 'sgd' | 'closed-form' | 'table-sgd' | 'table-closed-form'

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

/** A case written to a Parquet file: feature j is drawn from N(means[j], scales[j]²). */
export interface TableCase extends WorkloadCase {
  means: Float64Array
  scales: Float64Array
}

interface WorkloadBase {
  id: 'W1' | 'W2' | 'W3' | 'W4' | 'W5'
  title: string
  /** For SGD workloads. */
  settings?: SgdSettings
  implementations: ImplementationId[]
  /** Peers that have no implementation of this workload, and why. */
  notApplicable: Partial<Record<ImplementationId, string>>
  check(mode: Mode): CheckSpec
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
  /** Rows per second (n / median) is shown beside the times: the measure of a streamed epoch. */
  reportsRowsPerSecond?: boolean
}

/** W1–W3: float32 arrays generated in the parent and handed to each child through files. */
export interface ArrayWorkload extends WorkloadBase {
  kind: 'sgd' | 'closed-form'
  cases(mode: Mode): WorkloadCase[]
  /** The float64 answer every implementation is checked against. */
  reference(data: Dataset): LinearFit
}

/**
 * W4, W5: a float64 Parquet file generated once into the cache, with its float64 reference (see
 * table-dataset.ts). Children open the file; none holds the data in memory.
 */
export interface TableWorkload extends WorkloadBase {
  kind: 'table-sgd' | 'table-closed-form'
  cases(mode: Mode): TableCase[]
}

export type Workload = ArrayWorkload | TableWorkload

export function isTableKind(kind: WorkloadKind): kind is TableWorkload['kind'] {
  return kind === 'table-sgd' || kind === 'table-closed-form'
}

export function isTableWorkload(workload: Workload): workload is TableWorkload {
  return isTableKind(workload.kind)
}

/** `n×d` as the table shows it. */
export function caseLabel(n: number, d: number): string {
  return `${n}×${d}`
}
