// bench/results/latest.json as the site reads it (written by `pnpm bench`, committed with the code it
// measured): only the fields the performance page shows.

export type Locale = 'en' | 'zh-cn'

/** The statuses of a record that was not timed. */
export type UntimedStatus = 'timeout' | 'error' | 'skipped'

export interface BenchRecord {
  workload: string
  case: string
  key: string
  status: 'ok' | 'check-failed' | UntimedStatus
  reason?: string
  ratioToReference?: number
  seconds?: { min: number; median: number; max: number }
  check?: { passed: boolean; vsReference: number }
}
export interface Target {
  workload: string
  case: string
  target: string
  required: string
  measured: number | null
  estimate?: boolean
  met: boolean | null
  note?: string
}
export interface Workload {
  id: string
  title: string
  /** The key of the record the others' speeds are relative to: `d2l-ts@cpu`. */
  reference: string
  timeoutSeconds: number
}
export interface BenchResults {
  command: string
  mode: 'full' | 'quick'
  date: string
  machine: { cpu: string; cores: number; node: string; platform: string; arch: string }
  workloads: Workload[]
  records: BenchRecord[]
  targets: Target[]
}

// A glob, not an import, so that the site builds (and says so) before the first `pnpm bench`.
const files = import.meta.glob<BenchResults>('../../../../bench/results/latest.json', {
  import: 'default',
  eager: true,
})
export const results: BenchResults | undefined = Object.values(files)[0]
