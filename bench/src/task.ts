import type { BenchmarkResult } from '@d2l-ts/utils-timer'
import type { CheckResult, CheckSpec } from './check.js'
import type { ImplementationId } from './implementations.js'
import type { SgdSettings } from './problem.js'
import type { WorkloadKind } from './workload.js'

/** What the parent asks one child process to do: check, then time, one implementation on one dataset. */
export interface Task {
  workload: string
  caseLabel: string
  kind: WorkloadKind
  implementation: ImplementationId
  backend: string
  /** Where the dataset files are (see dataset-file.ts; for W4 and W5, table-dataset.ts). */
  dataDir: string
  /** The data's raw size: float32 X and y for W1–W3, float64 columns for W4 and W5. */
  datasetBytes: number
  settings?: SgdSettings
  check: CheckSpec
  /** Untimed runs after the checked one, at least. */
  warmup: number
  /** …and at least this many seconds of them (JIT tiers settle over many short runs). */
  warmupSeconds: number
  /** Timed runs, at least. */
  repeat: number
  /** …and, for fast runs, enough more (up to 1001) to fill this many seconds. */
  minTimedSeconds: number
}

/** What a child reports back, in order. */
export type ChildMessage =
  | { type: 'ready'; rssAtStart: number; rssWithData: number; setupSeconds: number }
  | { type: 'check'; check: CheckResult; seconds: number }
  | { type: 'run'; seconds: number }
  | {
      type: 'done'
      result: BenchmarkResult
      /** Peak RSS in bytes (see memory.ts). */
      maxRss: number
      rssSource: 'VmHWM' | 'maxRSS'
      untimedRuns: number
    }
  | { type: 'error'; message: string }
