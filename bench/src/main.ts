// pnpm bench [--quick]: every workload, every implementation, every available Node backend; prints
// the tables and writes results/latest.json. See README.md for how to read them.
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { listBackends } from '@d2l-ts/tensor'
import { parseArgs, resultFile, USAGE } from './args.js'
import { caseData } from './case-data.js'
import { duckdbUnavailable } from './duckdb.js'
import { backendsFor, IMPLEMENTATIONS } from './implementations.js'
import { codeVersion, libraryVersions, machineInfo } from './machine.js'
import { type CpuProfile, summarizeProfile } from './profile-summary.js'
import {
  addRatios,
  type BenchRecord,
  formatSeconds,
  formatTable,
  REFERENCE_KEY,
  rowsPerSecond,
  skippedRecord,
  toRecord,
} from './report.js'
import { runTask } from './runner.js'
import { tableCacheRoot } from './table-dataset.js'
import { evaluateTargets, formatTargets } from './targets.js'
import type { Task } from './task.js'
import { isTableWorkload, type Workload } from './workload.js'
import { w1Book } from './workloads/w1-book.js'
import { w2LargeSgd } from './workloads/w2-large-sgd.js'
import { w3ClosedForm } from './workloads/w3-closed-form.js'
import { w4TableClosedForm } from './workloads/w4-table-closed-form.js'
import { w5TableSgd } from './workloads/w5-table-sgd.js'

const WORKLOADS: Workload[] = [w1Book, w2LargeSgd, w3ClosedForm, w4TableClosedForm, w5TableSgd]
const BENCH_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..')

const NOTES = [
  "Times are wall-clock seconds of one complete fit from a fresh start (w = 0, b = 0), from data already in the library's own container (a tensor, jax-js array, ml.js row arrays or a Float32Array); building that container is not timed. Data generation and the checks are not timed.",
  "Each row ran in its own child process: first one checked run (also a warm-up), then benchmark() from @d2l-ts/utils-timer with the workload's warmup and repeat counts. median/min/max are over the timed runs only.",
  'Ratios compare medians within this run only (vs ref = median / median of d2l-ts on cpu). The machine is shared; see machine.loadAverageAtStart.',
  "SGD loss: ½(ŷ − y)² averaged over the batch (the book's). tfjs-layers uses meanSquaredError, (ŷ − y)², so its learning rate is halved to take the same steps. Every implementation starts from zeros and shuffles every epoch; tfjs-layers with its own unseeded order.",
  'ml.js runs with statistics: false (coefficients only). jax-js runs np.linalg.lstsq on [X, 1] (the concatenation is timed); jax-js-f64 also converts X and y with astype(float64), timed.',
  'jax-js on Node 20: init() without arguments throws (ReferenceError: navigator is not defined) while probing WebGPU, so the bench calls init("wasm"); np.array() of a Float64Array throws (Float16Array is not defined), so float64 is made on the device with astype().',
  'W4 and W5 read a float64 Parquet file that stays on disk (made once, kept in the cache, see cases[].file): each timed run opens it, fits and closes it (d2l-ts: openTable, then fitClosedForm or fit; duckdb-two-pass: a new in-memory DuckDB, two aggregate queries, the solve in JavaScript). After the checked run the file is in the OS page cache, so the timed runs read it from memory, not from the disk. RSS/data is peak RSS over the raw float64 bytes, n × 16 × 8.',
  "Peak RSS is the child process's own high-water mark (VmHWM in /proc/self/status on Linux; getrusage maxRSS elsewhere, which on Linux would also count the parent's memory at fork time): it includes Node and the harness (see rssAtStartBytes) and the dataset as read from disk (rssWithDataBytes).",
]

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2))
  const started = new Date()
  const machine = machineInfo()
  const codeAtStart = codeVersion(BENCH_DIR)
  const backends = await listBackends()
  const tfjsBackends = backends.filter((b) => b.available).map((b) => b.name)
  const workloads = WORKLOADS.filter((w) => args.only.length === 0 || args.only.includes(w.id))
  const profileDir = join(BENCH_DIR, 'results', 'profiles')
  if (args.profile) mkdirSync(profileDir, { recursive: true })

  console.log(
    `d2l-ts bench (${args.mode}): ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}`,
  )
  if (codeAtStart) {
    const dirty = codeAtStart.uncommittedInPackages.length
    console.log(
      `code: ${codeAtStart.commit.slice(0, 7)}${dirty ? ` + ${dirty} uncommitted paths in packages/` : ''}; packages' dist built ${codeAtStart.distBuilt ?? '?'}`,
    )
  }
  console.log(
    `tfjs backends: ${backends.map((b) => `${b.name} ${b.available ? 'yes' : `no (${b.reason})`}`).join('; ')}`,
  )

  const records: BenchRecord[] = []
  const workloadInfo: unknown[] = []
  const tmp = mkdtempSync(join(os.tmpdir(), 'd2l-bench-'))
  const cacheRoot = tableCacheRoot(BENCH_DIR)
  const duckdbMissing = workloads.some(isTableWorkload) ? await duckdbUnavailable() : undefined
  try {
    for (const workload of workloads) {
      console.log(`\n${workload.id}: ${workload.title}`)
      const about = {
        id: workload.id,
        title: workload.title,
        kind: workload.kind,
        ...(workload.settings ? { settings: workload.settings } : {}),
        check: workload.check(args.mode),
        warmup: { runs: workload.warmup, seconds: workload.warmupSeconds },
        timedRuns: { atLeast: workload.repeat, fillSeconds: workload.minTimedSeconds },
        skipped: workload.skip(args.mode),
        timeoutSeconds: workload.timeoutSeconds(args.mode),
        reference: REFERENCE_KEY,
        notApplicable: workload.notApplicable,
      }
      if (isTableWorkload(workload) && duckdbMissing) {
        console.log(`  not run: ${duckdbMissing}`)
        workloadInfo.push({ ...about, cases: [], notRun: duckdbMissing })
        continue
      }
      const cases = []
      for await (const data of caseData(workload, args.mode, tmp, cacheRoot)) {
        const { c } = data
        cases.push(data.info)
        console.log(`  ${data.summary}`)
        for (const id of workload.implementations) {
          if (args.implementations.length > 0 && !args.implementations.includes(id)) continue
          for (const backend of backendsFor(IMPLEMENTATIONS[id].engine, tfjsBackends)) {
            const task: Task = {
              workload: workload.id,
              caseLabel: c.label,
              kind: workload.kind,
              implementation: id,
              backend,
              dataDir: data.dir,
              datasetBytes: data.datasetBytes,
              check: workload.check(args.mode),
              warmup: workload.warmup,
              warmupSeconds: workload.warmupSeconds,
              repeat: workload.repeat,
              minTimedSeconds: workload.minTimedSeconds,
              ...(workload.settings ? { settings: workload.settings } : {}),
            }
            const skip = workload.skip(args.mode)[id]
            if (skip) {
              records.push(skippedRecord(task, c.n, c.d, skip))
              console.log(`    ${task.implementation}@${backend}: skipped: ${skip}`)
              continue
            }
            const profileName = `${workload.id}-${c.n}x${c.d}-${backend}`
            const profiling = args.profile && id === 'd2l-ts'
            const execArgv = profiling
              ? ['--cpu-prof', `--cpu-prof-dir=${join(profileDir, profileName)}`]
              : []
            const outcome = await runTask(task, {
              timeoutSeconds: workload.timeoutSeconds(args.mode),
              execArgv,
            })
            if (profiling) keepMainProfile(join(profileDir, profileName))
            const record = toRecord(task, c.n, c.d, outcome)
            if (workload.reportsRowsPerSecond) record.rowsPerSecond = rowsPerSecond(record)
            records.push(record)
            console.log(`    ${progressLine(record)} [${outcome.wallSeconds.toFixed(1)} s]`)
          }
        }
        data.dispose()
      }
      workloadInfo.push({ ...about, cases })
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }

  addRatios(records)
  const targets = evaluateTargets(records, args.mode)
  for (const workload of workloads) {
    const rows = records.filter((r) => r.workload === workload.id)
    if (rows.length === 0) continue
    console.log(`\n${workload.id}: ${workload.title}`)
    console.log(
      formatTable(rows, {
        memoryRatio: workload.judgesMemory,
        throughput: workload.reportsRowsPerSecond ?? false,
      }),
    )
  }
  console.log(`\nTargets (d2l-ts on cpu, medians of this run):`)
  console.log(formatTargets(targets))

  const codeAtEnd = codeVersion(BENCH_DIR)
  // What runs is the packages' dist/: a rebuild during the run may mix two versions of the code.
  const codeChanged = codeAtStart?.distBuilt !== codeAtEnd?.distBuilt
  if (codeChanged) {
    console.log(
      `\nWARNING: packages' dist was rebuilt during the run (at ${codeAtEnd?.distBuilt}): rows may mix two versions of the code; run again.`,
    )
  }
  const results = {
    schema: 1,
    command: commandLine(),
    mode: args.mode,
    date: started.toISOString(),
    durationSeconds: (Date.now() - started.getTime()) / 1000,
    machine: { ...machine, loadAverageAtEnd: os.loadavg().map((v) => Math.round(v * 100) / 100) },
    code: { atStart: codeAtStart, atEnd: codeAtEnd, distRebuiltDuringRun: codeChanged },
    libraries: libraryVersions([
      '@tensorflow/tfjs-core',
      '@tensorflow/tfjs-layers',
      '@tensorflow/tfjs-backend-wasm',
      '@jax-js/jax',
      'ml-regression-multivariate-linear',
      'ml-matrix',
      '@duckdb/node-api',
    ]),
    backends,
    implementations: Object.fromEntries(
      Object.values(IMPLEMENTATIONS).map((i) => [i.id, i.description]),
    ),
    notes: NOTES,
    workloads: workloadInfo,
    records,
    targets,
  }
  const out = args.out ? resolve(args.out) : join(BENCH_DIR, 'results', resultFile(args))
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`)
  console.log(`\nwrote ${out} (${((Date.now() - started.getTime()) / 1000).toFixed(0)} s in all)`)
}

/**
 * Node writes one profile per thread (a library may start workers): keep the busiest profile, the
 * main thread's, as `<dir>.cpuprofile` and drop the folder.
 */
function keepMainProfile(dir: string): void {
  let best: { file: string; busy: number } | undefined
  for (const file of readdirSync(dir)) {
    const rows = summarizeProfile(JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile)
    const busy = rows.filter((r) => r.group !== '(idle)').reduce((a, r) => a + r.microseconds, 0)
    if (!best || busy > best.busy) best = { file, busy }
  }
  if (best) renameSync(join(dir, best.file), `${dir}.cpuprofile`)
  rmSync(dir, { recursive: true, force: true })
}

function progressLine(r: BenchRecord): string {
  const time = r.seconds
    ? `median ${formatSeconds(r.seconds.median)} (${formatSeconds(r.seconds.min)}–${formatSeconds(r.seconds.max)})`
    : (r.reason ?? r.status)
  const check = r.check
    ? `check ${r.check.passed ? 'ok' : 'FAILED'} (${r.check.vsReference.toExponential(1)})`
    : ''
  return `${r.key.padEnd(22)} ${time}  ${check}`
}

/** The command as typed: through pnpm's script when that is how it ran. */
function commandLine(): string {
  const args = process.argv.slice(2).filter((a) => a !== '--')
  const script = process.env.npm_lifecycle_event
  if (script)
    return `pnpm run ${script}${args.length > 0 ? ` -- ${args.join(' ')}` : ''} (in bench/)`
  return `node dist/main.js ${args.join(' ')}`.trim()
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  if (error instanceof Error && error.message.startsWith('unknown argument')) console.error(USAGE)
  process.exit(1)
})
