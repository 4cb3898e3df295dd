// Each workload case's data, made ready for the child processes just before they run: W1–W3's arrays
// generated into this run's temporary folder, W4/W5's Parquet file found in (or added to) the cache.
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { writeDataset } from './dataset-file.js'
import { generateDataset } from './generate.js'
import { formatBytes, formatSeconds } from './report.js'
import { ensureTableDataset } from './table-dataset.js'
import {
  type ArrayWorkload,
  isTableWorkload,
  type Mode,
  type TableCase,
  type Workload,
  type WorkloadCase,
} from './workload.js'

/** One case's data, where the children find it. */
export interface CaseData {
  c: WorkloadCase
  /** The folder handed to each child (Task.dataDir). */
  dir: string
  /** The data's raw size, which peak RSS is related to. */
  datasetBytes: number
  /** What the results' workload record says about the case. */
  info: Record<string, unknown>
  /** One line for the console. */
  summary: string
  /** Removes what only this run needed (the cache is kept). */
  dispose(): void
}

/** The workload's cases, each prepared when the loop reaches it. */
export async function* caseData(
  workload: Workload,
  mode: Mode,
  tmp: string,
  cacheRoot: string,
): AsyncGenerator<CaseData> {
  if (isTableWorkload(workload)) {
    for (const c of workload.cases(mode)) yield await tableCaseData(c, cacheRoot)
  } else {
    for (const c of workload.cases(mode)) yield arrayCaseData(workload, c, tmp)
  }
}

function caseInfo(c: WorkloadCase, datasetBytes: number): Record<string, unknown> {
  return {
    label: c.label,
    n: c.n,
    d: c.d,
    datasetBytes,
    seed: c.seed,
    noiseStd: c.noiseStd,
    truth: { w: Array.from(c.truth.w), b: c.truth.b },
  }
}

function arrayCaseData(workload: ArrayWorkload, c: WorkloadCase, tmp: string): CaseData {
  const dir = join(tmp, `${workload.id}-${c.n}x${c.d}`)
  const generation = performance.now()
  const data = generateDataset(c)
  const referenceStart = performance.now()
  const reference = workload.reference(data)
  const referenceEnd = performance.now()
  writeDataset(dir, data, c.truth, reference)
  const generationSeconds = (referenceStart - generation) / 1000
  const referenceSeconds = (referenceEnd - referenceStart) / 1000
  const datasetBytes = (c.n * c.d + c.n) * 4
  return {
    c,
    dir,
    datasetBytes,
    info: { ...caseInfo(c, datasetBytes), generationSeconds, referenceSeconds },
    summary: `${c.label}: data in ${formatSeconds(generationSeconds)}, float64 reference in ${formatSeconds(referenceSeconds)}`,
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  }
}

async function tableCaseData(c: TableCase, cacheRoot: string): Promise<CaseData> {
  const { dir, meta, cached } = await ensureTableDataset(c, cacheRoot)
  const made = `written in ${formatSeconds(meta.generationSeconds)}, float64 reference in ${formatSeconds(meta.referenceSeconds)}`
  return {
    c,
    dir,
    datasetBytes: meta.rawBytes,
    info: {
      ...caseInfo(c, meta.rawBytes),
      means: Array.from(c.means),
      scales: Array.from(c.scales),
      file: dir,
      fileBytes: meta.fileBytes,
      cached,
      generationSeconds: meta.generationSeconds,
      referenceSeconds: meta.referenceSeconds,
      duckdb: meta.recipe.duckdb,
    },
    summary: `${c.label}: ${formatBytes(meta.rawBytes)} of float64 in ${formatBytes(meta.fileBytes)} of Parquet at ${dir} (${cached ? `cached; ${made} when made` : made})`,
    dispose: () => {},
  }
}
