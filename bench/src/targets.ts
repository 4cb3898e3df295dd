import { type BenchRecord, formatColumns, formatRatio, typicalSeconds } from './report.js'
import type { Mode } from './workload.js'
import { w5Tolerance } from './workloads/w5-table-sgd.js'

/**
 * W5's loss must fall at least tenfold over the epoch, last batch against first. From w = 0 the first
 * batch's loss is ½E[y²] (about 19 for W4/W5's file); at the truth it is ½·noise² = 5e-5, so a full
 * epoch should end near 1e-5 of where it began; a quick one (128 steps) ends near 1e-2. How close the
 * weights came is the next target's.
 */
const W5_LOSS_DROP = 0.1

/** One of the targets, judged on one run's medians. */
export interface TargetResult {
  workload: string
  case: string
  target: string
  /** e.g. '≥ 20×', '≤ 1.5', '> 1×', '≤ 1e-6'. */
  required: string
  measured: number | null
  /** True when measured from timed-out runs' partial times. */
  estimate: boolean
  met: boolean | null
  /** How far off a missed target is, as a factor (e.g. 6.1 means "6.1× short"). */
  missedBy?: number
  note?: string
}

type Comparison = { kind: 'atLeast' | 'atMost' | 'above'; limit: number }

function find(records: BenchRecord[], w: string, c: string, key: string): BenchRecord | undefined {
  return records.find((r) => r.workload === w && r.case === c && r.key === key)
}

/** slower.median / faster.median: how many times faster `faster` is. */
function speedup(slower?: BenchRecord, faster?: BenchRecord) {
  const a = slower ? typicalSeconds(slower) : null
  const b = faster ? typicalSeconds(faster) : null
  if (!a || !b) return { value: null, estimate: false }
  return { value: a.seconds / b.seconds, estimate: a.estimate || b.estimate }
}

function judge(
  base: Omit<TargetResult, 'met' | 'missedBy' | 'measured' | 'estimate' | 'required'>,
  measured: { value: number | null; estimate: boolean },
  { kind, limit }: Comparison,
  format: (v: number) => string,
): TargetResult {
  const required = `${kind === 'atLeast' ? '≥' : kind === 'atMost' ? '≤' : '>'} ${format(limit)}`
  const result: TargetResult = {
    ...base,
    required,
    measured: measured.value,
    estimate: measured.estimate,
    met: null,
  }
  const v = measured.value
  if (v === null || !Number.isFinite(v)) return result
  result.met = kind === 'atLeast' ? v >= limit : kind === 'atMost' ? v <= limit : v > limit
  if (!result.met) result.missedBy = kind === 'atMost' ? v / limit : limit / v
  return result
}

const times = (v: number) => `${v}×`
const plain = (v: number) => `${v}`

/**
 * The issue's targets, each judged on d2l-ts on cpu (the reference) in this run. A missing
 * implementation (error, skipped) leaves its target unjudged (met: null). `mode` sets W5's accuracy
 * limit, which depends on how many steps one epoch takes.
 */
export function evaluateTargets(records: BenchRecord[], mode: Mode = 'full'): TargetResult[] {
  const out: TargetResult[] = []
  const cases = (w: string) => [
    ...new Set(records.filter((r) => r.workload === w).map((r) => r.case)),
  ]
  for (const c of cases('W1')) {
    const ref = find(records, 'W1', c, 'd2l-ts@cpu')
    out.push(
      judge(
        { workload: 'W1', case: c, target: 'fit on cpu vs tfjs-layers model.fit (speed-up)' },
        speedup(find(records, 'W1', c, 'tfjs-layers@cpu'), ref),
        { kind: 'atLeast', limit: 20 },
        times,
      ),
      judge(
        { workload: 'W1', case: c, target: 'fit on cpu vs the plain typed-array loop (slowdown)' },
        speedup(ref, find(records, 'W1', c, 'typed-array@js')),
        { kind: 'atMost', limit: 5 },
        times,
      ),
    )
  }
  for (const c of cases('W2')) {
    const ref = find(records, 'W2', c, 'd2l-ts@cpu')
    out.push(
      judge(
        { workload: 'W2', case: c, target: 'fit on cpu vs the plain typed-array loop (slowdown)' },
        speedup(ref, find(records, 'W2', c, 'typed-array@js')),
        { kind: 'atMost', limit: 2 },
        times,
      ),
      judge(
        { workload: 'W2', case: c, target: 'fit on cpu vs tfjs-layers model.fit (speed-up)' },
        speedup(find(records, 'W2', c, 'tfjs-layers@cpu'), ref),
        { kind: 'atLeast', limit: 10 },
        times,
      ),
      judge(
        {
          workload: 'W2',
          case: c,
          target: 'peak RSS of the d2l-ts process / dataset bytes',
          note: 'includes the Node runtime and the dataset read from disk',
        },
        { value: ref?.memory?.peakOverDataset ?? null, estimate: false },
        { kind: 'atMost', limit: 1.5 },
        plain,
      ),
    )
  }
  for (const c of cases('W3')) {
    const ref = find(records, 'W3', c, 'd2l-ts@cpu')
    const jax = find(records, 'W3', c, 'jax-js@wasm')
    const jax64 = find(records, 'W3', c, 'jax-js-f64@wasm')
    out.push(
      judge(
        { workload: 'W3', case: c, target: 'fitClosedForm on cpu vs ml.js (speed-up)' },
        speedup(find(records, 'W3', c, 'ml-js@js'), ref),
        { kind: 'atLeast', limit: 10 },
        times,
      ),
      judge(
        {
          workload: 'W3',
          case: c,
          target: 'fitClosedForm on cpu vs jax-js lstsq, float32 (speed-up)',
          ...(jax?.check && !jax.check.passed
            ? {
                note: `jax-js float32 misses the 1e-6 accuracy check (${jax.check.vsReference.toExponential(1)})`,
              }
            : {}),
        },
        speedup(jax, ref),
        { kind: 'above', limit: 1 },
        times,
      ),
      judge(
        {
          workload: 'W3',
          case: c,
          target: 'fitClosedForm on cpu vs jax-js lstsq, float64 (speed-up)',
        },
        speedup(jax64, ref),
        { kind: 'above', limit: 1 },
        times,
      ),
      judge(
        {
          workload: 'W3',
          case: c,
          target: 'coefficients vs the float64 reference (max-norm rel. error)',
        },
        { value: ref?.check?.vsReference ?? null, estimate: false },
        { kind: 'atMost', limit: 1e-6 },
        (v) => v.toExponential(0),
      ),
    )
  }
  for (const c of cases('W4')) {
    const ref = find(records, 'W4', c, 'd2l-ts@cpu')
    out.push(
      judge(
        {
          workload: 'W4',
          case: c,
          target:
            'fitClosedForm(table) on cpu vs the hand-written two-pass DuckDB query (slowdown)',
        },
        speedup(ref, find(records, 'W4', c, 'duckdb-two-pass@duckdb')),
        { kind: 'atMost', limit: 2 },
        times,
      ),
      memoryTarget('W4', c, ref, 0.55),
      judge(
        {
          workload: 'W4',
          case: c,
          target: 'coefficients vs the float64 reference (max-norm rel. error)',
        },
        { value: ref?.check?.vsReference ?? null, estimate: false },
        { kind: 'atMost', limit: 1e-8 },
        (v) => v.toExponential(0),
      ),
    )
  }
  for (const c of cases('W5')) {
    const ref = find(records, 'W5', c, 'd2l-ts@cpu')
    const trace = ref?.check?.trace
    out.push(
      memoryTarget('W5', c, ref, 0.65),
      judge(
        { workload: 'W5', case: c, target: 'last batch loss / first batch loss' },
        { value: trace ? trace.lastBatchLoss / trace.firstBatchLoss : null, estimate: false },
        { kind: 'atMost', limit: W5_LOSS_DROP },
        (v) => v.toExponential(0),
      ),
      judge(
        { workload: 'W5', case: c, target: 'weights vs the truth (L2 rel. error)' },
        { value: ref?.check?.vsTruth ?? null, estimate: false },
        { kind: 'atMost', limit: w5Tolerance(mode) },
        (v) => v.toExponential(1),
      ),
    )
  }
  return out
}

/** Peak RSS of the d2l-ts process over the data's raw float64 bytes (W4, W5). */
function memoryTarget(
  workload: string,
  c: string,
  ref: BenchRecord | undefined,
  limit: number,
): TargetResult {
  return judge(
    {
      workload,
      case: c,
      target: "peak RSS of the d2l-ts process / the data's raw bytes",
      note: 'the whole process: Node, the harness and DuckDB',
    },
    { value: ref?.memory?.peakOverDataset ?? null, estimate: false },
    { kind: 'atMost', limit },
    plain,
  )
}

/** The targets as a table: met, missed (by how much), or not measured. */
export function formatTargets(targets: TargetResult[]): string {
  const rows = targets.map((t) => {
    const measured =
      t.measured === null
        ? '—'
        : t.target.includes('error') || t.target.includes('loss')
          ? t.measured.toExponential(1)
          : t.target.includes('RSS')
            ? t.measured.toFixed(2)
            : formatRatio(t.measured, t.estimate)
    const verdict =
      t.met === null ? 'not measured' : t.met ? 'met' : `MISSED by ${(t.missedBy ?? 0).toFixed(1)}×`
    return [t.workload, t.case, t.target, t.required, measured, verdict]
  })
  return formatColumns(['workload', 'case', 'target', 'required', 'measured', 'verdict'], rows)
}
