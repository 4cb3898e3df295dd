import type { BenchmarkResult } from '@d2l-ts/utils-timer'
import type { CheckResult } from './check.js'
import type { TaskOutcome } from './runner.js'
import type { Task } from './task.js'

/** The implementation every ratio of a workload is taken against. */
export const REFERENCE_KEY = 'd2l-ts@cpu'

/** Memory of one child process. */
export interface MemoryRecord {
  peakRssBytes: number
  /** VmHWM (Linux, this process only) or getrusage maxRSS (elsewhere). */
  peakRssSource: 'VmHWM' | 'maxRSS'
  /** RSS when the child started, before it read the data (Node and the harness). */
  rssAtStartBytes: number
  /** RSS once the data files were read, before the implementation was imported. */
  rssWithDataBytes: number
  /** The data's raw bytes: X and y as float32 (W1–W3) or as float64 columns (W4, W5). */
  datasetBytes: number
  /** peak RSS / dataset bytes: the issue's memory measure (W2, W4, W5). */
  peakOverDataset: number
  /** (peak RSS − RSS at start) / dataset bytes: the same without the runtime's own footprint. */
  growthOverDataset: number
}

/** One implementation on one backend on one workload case: a row of the table and of the JSON. */
export interface BenchRecord {
  workload: string
  case: string
  implementation: string
  backend: string
  /** implementation@backend */
  key: string
  n: number
  d: number
  status: 'ok' | 'check-failed' | 'error' | 'timeout' | 'skipped'
  reason?: string
  details?: string
  /** Untimed runs before the timed ones: the checked run and the warm-up runs. */
  untimedRuns?: number
  /** The timed runs that median, min and max are taken over. */
  timedRuns?: number
  seconds?: BenchmarkResult
  /** After a timeout: the runs that had finished (a second or longer each), in seconds. */
  completedRuns?: number[]
  setupSeconds?: number
  checkSeconds?: number
  check?: CheckResult
  /** median / the reference's median, within this run; null when either has no time. */
  ratioToReference: number | null
  /** True when the ratio rests on runs completed before a timeout rather than a full benchmark. */
  ratioIsEstimate?: boolean
  /** For the d2l-ts rows: each peer's median / this row's median (above 1: d2l-ts is faster). */
  speedupVsPeers?: Record<string, number>
  memory?: MemoryRecord
  /** W5: the case's rows per second of the median (one epoch reads every row once). */
  rowsPerSecond?: number | null
}

/** Turns a child's outcome into a record (ratios are filled in later by {@link addRatios}). */
export function toRecord(task: Task, n: number, d: number, outcome: TaskOutcome): BenchRecord {
  const record: BenchRecord = {
    workload: task.workload,
    case: task.caseLabel,
    implementation: task.implementation,
    backend: task.backend,
    key: `${task.implementation}@${task.backend}`,
    n,
    d,
    status: outcome.status,
    ratioToReference: null,
  }
  if (outcome.untimedRuns !== undefined) record.untimedRuns = outcome.untimedRuns
  if (outcome.result) record.timedRuns = outcome.result.times.length
  if (outcome.reason) record.reason = outcome.reason
  if (outcome.details) record.details = outcome.details
  if (outcome.result) record.seconds = outcome.result
  if (outcome.status === 'timeout') record.completedRuns = outcome.completedRuns
  if (outcome.setupSeconds !== undefined) record.setupSeconds = outcome.setupSeconds
  if (outcome.checkSeconds !== undefined) record.checkSeconds = outcome.checkSeconds
  if (outcome.check) {
    record.check = outcome.check
    if (outcome.status === 'ok' && !outcome.check.passed) record.status = 'check-failed'
  }
  if (outcome.maxRss !== undefined && outcome.rssAtStart !== undefined) {
    const { datasetBytes } = task
    record.memory = {
      peakRssBytes: outcome.maxRss,
      peakRssSource: outcome.rssSource ?? 'maxRSS',
      rssAtStartBytes: outcome.rssAtStart,
      rssWithDataBytes: outcome.rssWithData ?? outcome.rssAtStart,
      datasetBytes,
      peakOverDataset: outcome.maxRss / datasetBytes,
      growthOverDataset: (outcome.maxRss - outcome.rssAtStart) / datasetBytes,
    }
  }
  return record
}

/** A record for an implementation that was not run, and why. */
export function skippedRecord(task: Task, n: number, d: number, reason: string): BenchRecord {
  return {
    workload: task.workload,
    case: task.caseLabel,
    implementation: task.implementation,
    backend: task.backend,
    key: `${task.implementation}@${task.backend}`,
    n,
    d,
    status: 'skipped',
    reason,
    ratioToReference: null,
  }
}

/** The median a record's ratios use: its benchmark's, or after a timeout the median of what finished. */
export function typicalSeconds(record: BenchRecord): { seconds: number; estimate: boolean } | null {
  if (record.seconds) return { seconds: record.seconds.median, estimate: false }
  const runs = record.completedRuns ?? []
  if (runs.length === 0) {
    const check = record.checkSeconds
    return check !== undefined ? { seconds: check, estimate: true } : null
  }
  const sorted = [...runs].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
  return { seconds: median, estimate: true }
}

/**
 * Fills in each record's ratio to the reference of its workload case, and for the d2l-ts records the
 * speed-up over every peer. Records are compared only with records of the same case (same run).
 */
export function addRatios(records: BenchRecord[]): BenchRecord[] {
  const groups = new Map<string, BenchRecord[]>()
  for (const r of records) {
    const group = groups.get(`${r.workload} ${r.case}`) ?? []
    group.push(r)
    groups.set(`${r.workload} ${r.case}`, group)
  }
  for (const group of groups.values()) {
    const reference = group.find((r) => r.key === REFERENCE_KEY)
    const ref = reference ? typicalSeconds(reference) : null
    for (const r of group) {
      const own = typicalSeconds(r)
      r.ratioToReference = ref && own ? own.seconds / ref.seconds : null
      if (ref?.estimate || own?.estimate) r.ratioIsEstimate = true
      else delete r.ratioIsEstimate
      if (r.implementation !== 'd2l-ts' || !own) continue
      const speedups: Record<string, number> = {}
      for (const peer of group) {
        const theirs = typicalSeconds(peer)
        if (peer.implementation === 'd2l-ts' || !theirs) continue
        speedups[peer.key] = theirs.seconds / own.seconds
      }
      r.speedupVsPeers = speedups
    }
  }
  return records
}

/** Rows of the case per second of the median fit (one epoch for W5), or null without a time. */
export function rowsPerSecond(record: BenchRecord): number | null {
  const typical = typicalSeconds(record)
  return typical ? record.n / typical.seconds : null
}

/** A rate with three significant digits: 1.52 M, 830 k. */
export function formatRate(rate: number | null): string {
  if (rate === null || !Number.isFinite(rate)) return '—'
  // Thresholds just below the unit, so that 999 999 reads 1.00 M, not 1.00e+3 k.
  if (rate >= 999_500) return `${(rate / 1e6).toPrecision(3)} M`
  if (rate >= 999.5) return `${(rate / 1e3).toPrecision(3)} k`
  return rate.toPrecision(3)
}

/** A duration in the unit that suits it: 81.2 µs, 3.41 ms, 12.3 s. */
export function formatSeconds(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds)) return '—'
  if (seconds < 1e-3) return `${(seconds * 1e6).toPrecision(3)} µs`
  if (seconds < 1) return `${(seconds * 1e3).toPrecision(3)} ms`
  return `${seconds.toPrecision(3)} s`
}

/** A ratio with three significant digits: 0.00123×, 4.56×, 1234×. */
export function formatRatio(ratio: number | null | undefined, estimate = false): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return '—'
  const digits = ratio >= 1000 ? ratio.toFixed(0) : ratio.toPrecision(3)
  return `${estimate ? '≈' : ''}${digits}×`
}

export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) return '—'
  if (bytes >= 2 ** 30) return `${(bytes / 2 ** 30).toFixed(2)} GiB`
  return `${(bytes / 2 ** 20).toFixed(0)} MiB`
}

/** Lays out rows of cells as aligned columns, numbers right-aligned, with a rule under the header. */
export function formatColumns(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const numeric = header.map((_, i) => rows.every((r) => /^[≈—0-9.]/.test(r[i] ?? '—')))
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (numeric[i] ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd()
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

function checkCell(r: BenchRecord): string {
  if (!r.check) return '—'
  const value = r.check.vsReference.toExponential(1)
  return `${r.check.passed ? 'ok' : 'FAIL'} ${value}`
}

/** The check's extras: how d2l-ts fitted (W4), how the batch loss went (W5). */
function checkNotes(r: BenchRecord): string {
  const notes: string[] = []
  if (r.check?.method) notes.push(`method ${r.check.method}`)
  const trace = r.check?.trace
  if (trace) {
    const loss = (v: number) => v.toExponential(1)
    notes.push(
      `batch loss ${loss(trace.firstBatchLoss)} → ${loss(trace.lastBatchLoss)} over ${trace.batches} batches`,
    )
  }
  return notes.join('; ')
}

function statusCell(r: BenchRecord): string {
  if (r.status === 'ok') return checkNotes(r)
  if (r.status === 'skipped') return `skipped: ${r.reason ?? ''}`
  if (r.status === 'check-failed') return 'wrong answer (timed anyway)'
  if (r.status === 'timeout') {
    const runs = r.completedRuns?.length ?? 0
    return `${r.reason ?? 'timeout'}${runs ? ` after ${runs} run${runs > 1 ? 's' : ''}` : ''}`
  }
  return `error: ${r.reason ?? ''}`.slice(0, 80)
}

/**
 * The table of one workload's records, then the d2l-ts speed-ups over each peer. `memoryRatio` adds
 * peak RSS / dataset bytes, which means something only where the dataset dwarfs the runtime;
 * `throughput` adds the case's rows per second of the median.
 */
export function formatTable(
  records: BenchRecord[],
  { memoryRatio = false, throughput = false } = {},
): string {
  const header = [
    'case',
    'implementation',
    'backend',
    'median',
    'min',
    'max',
    ...(throughput ? ['rows/s'] : []),
    'vs ref',
    'check (rel. err)',
    'peak RSS',
    ...(memoryRatio ? ['RSS/data'] : []),
    'note',
  ]
  const rows = records.map((r) => {
    const typical = typicalSeconds(r)
    return [
      r.case,
      r.implementation,
      r.backend,
      r.seconds
        ? formatSeconds(r.seconds.median)
        : typical
          ? `≈${formatSeconds(typical.seconds)}`
          : '—',
      formatSeconds(r.seconds?.min),
      formatSeconds(r.seconds?.max),
      ...(throughput ? [formatRate(rowsPerSecond(r))] : []),
      formatRatio(r.ratioToReference, r.ratioIsEstimate),
      checkCell(r),
      formatBytes(r.memory?.peakRssBytes),
      ...(memoryRatio ? [r.memory ? r.memory.peakOverDataset.toFixed(2) : '—'] : []),
      statusCell(r),
    ]
  })
  const lines = [formatColumns(header, rows)]
  for (const r of records) {
    if (!r.speedupVsPeers || Object.keys(r.speedupVsPeers).length === 0) continue
    const ownEstimate = typicalSeconds(r)?.estimate ?? false
    const parts = Object.entries(r.speedupVsPeers).map(([key, s]) => {
      const peer = records.find((p) => p.key === key && p.case === r.case)
      const estimate = ownEstimate || (peer ? (typicalSeconds(peer)?.estimate ?? false) : false)
      return `${key} ${formatRatio(s, estimate)}`
    })
    lines.push(`  ${r.case} ${r.key} speed-up over: ${parts.join(', ')}`)
  }
  return lines.join('\n')
}
