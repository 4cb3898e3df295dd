// One child process per (workload case, implementation, backend): loads the dataset, imports only the
// implementation it times, checks one fit against the reference, then times it with benchmark().
// Separate processes keep one library's heap, JIT state and tfjs backend from touching another's, give
// a clean peak RSS, and let the parent stop a run that takes too long.
import { performance } from 'node:perf_hooks'
import { benchmark } from '@d2l-ts/utils-timer'
import { checkFit } from './check.js'
import { readDataset } from './dataset-file.js'
import { IMPLEMENTATIONS } from './implementations.js'
import { peakRss } from './memory.js'
import type { Dataset, ImplementationModule, Prepared, TableDataset } from './problem.js'
import { readTableDataset } from './table-dataset.js'
import type { ChildMessage, Task } from './task.js'
import { isTableKind } from './workload.js'

function send(message: ChildMessage): Promise<void> {
  return new Promise((resolve) => {
    if (process.send) process.send(message, undefined, undefined, () => resolve())
    else {
      console.log(JSON.stringify(message))
      resolve()
    }
  })
}

async function main(task: Task): Promise<void> {
  const rssAtStart = process.memoryUsage().rss
  // W1–W3 read their arrays into memory here; W4 and W5 only learn where the file is.
  const input = isTableKind(task.kind) ? readTableDataset(task.dataDir) : readDataset(task.dataDir)
  const rssWithData = process.memoryUsage().rss
  const setupStart = performance.now()
  const module = await IMPLEMENTATIONS[task.implementation].load()
  const prepared = await prepare(module, task, input)
  await send({
    type: 'ready',
    rssAtStart,
    rssWithData,
    setupSeconds: (performance.now() - setupStart) / 1000,
  })

  // The checked run is also the first warm-up run.
  const checkStart = performance.now()
  const checked = prepared.checkedRun ? await prepared.checkedRun() : { fit: await prepared.run() }
  const checkSeconds = (performance.now() - checkStart) / 1000
  const { trace, method } = checked
  await send({
    type: 'check',
    check: {
      ...checkFit(checked.fit, input.reference, input.truth, task.check),
      ...(trace ? { trace } : {}),
      ...(method ? { method } : {}),
    },
    seconds: checkSeconds,
  })

  // More warm-up: at least task.warmup runs and task.warmupSeconds of them.
  let untimedRuns = 1
  let perRun = checkSeconds
  const warmStart = performance.now()
  while (
    untimedRuns - 1 < task.warmup ||
    performance.now() - warmStart < task.warmupSeconds * 1000
  ) {
    await prepared.run()
    untimedRuns++
    perRun = (performance.now() - warmStart) / 1000 / (untimedRuns - 1)
  }
  const repeat = Math.max(task.repeat, Math.min(1001, Math.ceil(task.minTimedSeconds / perRun)))

  // Slow runs are reported as they finish, so that a run stopped by the timeout still shows what it
  // measured; fast ones are not, to keep the IPC out of their timing.
  const result = await benchmark(
    async () => {
      const start = performance.now()
      await prepared.run()
      const seconds = (performance.now() - start) / 1000
      if (seconds > 0.5) void send({ type: 'run', seconds })
    },
    { warmup: 0, repeat },
  )
  prepared.dispose()
  const peak = peakRss()
  await send({ type: 'done', result, maxRss: peak.bytes, rssSource: peak.source, untimedRuns })
}

/** The implementation's entry for the task's kind, set up on the task's data. */
function prepare(
  module: ImplementationModule,
  task: Task,
  input: { data: Dataset } | { table: TableDataset },
): Promise<Prepared> {
  const { kind, settings, backend } = task
  if (kind === 'sgd' && module.sgd && settings && 'data' in input)
    return module.sgd(input.data, settings, backend)
  if (kind === 'closed-form' && module.closedForm && 'data' in input)
    return module.closedForm(input.data, backend)
  if (kind === 'table-sgd' && module.tableSgd && settings && 'table' in input)
    return module.tableSgd(input.table, settings, backend)
  if (kind === 'table-closed-form' && module.tableClosedForm && 'table' in input)
    return module.tableClosedForm(input.table, backend)
  throw new Error(`${task.implementation} has no ${kind} entry`)
}

const task = JSON.parse(process.argv[2] ?? '{}') as Task
main(task).then(
  // Exit explicitly: some libraries keep handles open (jax-js's wasm workers), and --cpu-prof writes
  // its profile on exit.
  () => process.exit(0),
  async (error: unknown) => {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
    await send({ type: 'error', message })
    process.exit(1)
  },
)
