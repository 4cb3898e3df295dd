import type { BenchRecord, BenchResults, Locale, Workload } from './results.js'
import { workloadTitleIn } from './zh-cn-names.js'

/** The records of one workload's case: one table on the page, under its own heading. */
export interface RecordGroup {
  workload: Workload
  label: string
  records: BenchRecord[]
  /** The heading's id (`w3-1000000x64`) and text (`W3 · closed form: … · 1000000×64`). */
  id: string
  heading: string
  /** The largest speed of the group (relative to the reference), the bars' full length. */
  fastest: number
}

/** The speed of a timed record relative to the workload's reference; none for an untimed one. */
export function speedOf(record: BenchRecord): number | undefined {
  // An untimed record may still carry a ratio estimated from its one checked run: not a measurement.
  return record.seconds && record.ratioToReference ? 1 / record.ratioToReference : undefined
}

/** The records grouped by workload and case, in the order of the JSON. */
export function recordGroups(results: BenchResults, locale: Locale): RecordGroup[] {
  const labels = [...new Set(results.records.map((r) => `${r.workload}|${r.case}`))]
  return labels.map((workloadAndCase) => {
    const [id, label] = workloadAndCase.split('|') as [string, string]
    const records = results.records.filter((r) => r.workload === id && r.case === label)
    const workload = results.workloads.find((w) => w.id === id) ?? {
      id,
      title: id,
      reference: '',
      timeoutSeconds: 0,
    }
    return {
      workload,
      label,
      records,
      id: `${id}-${label}`.toLowerCase().replaceAll('×', 'x'),
      heading: `${id} · ${workloadTitleIn(locale, workload)} · ${label}`,
      fastest: Math.max(...records.map((r) => speedOf(r) ?? 0)),
    }
  })
}

/** The id of the targets table's heading, next to the groups' ids. */
export const TARGETS_ID = 'targets'
