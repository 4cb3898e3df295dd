// Measures a streamed pass over a Parquet file through openTable (DuckDB) and the pushed-down moments
// on it: rows/s and the process's peak RSS, sampled at every chunk. Not a test: the numbers depend on
// the machine. Run after `pnpm build`:
//   node scripts/measure-table-stream.mjs [rows=4000000] [columns=16] [file=/tmp/d2l-ts-stream.parquet]
import { existsSync } from 'node:fs'
import { DuckDBInstance } from '@duckdb/node-api'
import { openTable } from '../dist/index.js'

const rows = Number(process.argv[2] ?? 4_000_000)
const width = Number(process.argv[3] ?? 16)
const file = process.argv[4] ?? `/tmp/d2l-ts-stream-${rows}x${width}.parquet`

if (!existsSync(file)) {
  const instance = await DuckDBInstance.create()
  const connection = await instance.connect()
  const columns = Array.from(
    { length: width },
    (_, j) => `random() * ${j + 1} + ${j * 100} AS c${j}`,
  )
  await connection.run(
    `COPY (SELECT ${columns.join(', ')} FROM range(${rows})) TO '${file}' (FORMAT PARQUET)`,
  )
  connection.closeSync()
  instance.closeSync()
}

let peak = 0
const sample = () => {
  peak = Math.max(peak, process.memoryUsage().rss)
}
const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`
const rawBytes = rows * width * 8
sample()
const baseline = peak
console.log(`${rows} × ${width} float64 = ${mb(rawBytes)} raw; RSS at start ${mb(baseline)}`)

const table = await openTable(file)
try {
  const columns = table.columns.map((c) => c.name)
  const start = performance.now()
  let seen = 0
  for await (const chunk of table.chunks({ columns, chunkRows: 8192 })) {
    seen += chunk.rows
    sample()
  }
  const seconds = (performance.now() - start) / 1000
  console.log(
    `stream (float32 chunks of 8192 rows): ${seen} rows in ${seconds.toFixed(1)} s = ` +
      `${(seen / seconds / 1e6).toFixed(2)} M rows/s; peak RSS ${mb(peak)} (${((100 * peak) / rawBytes).toFixed(0)}% of raw)`,
  )
  peak = 0
  const timer = setInterval(sample, 20)
  const t0 = performance.now()
  const m = await table.moments({ features: columns.slice(0, -1), target: columns.at(-1) })
  clearInterval(timer)
  sample()
  console.log(
    `moments (${m.n} rows, d = ${width - 1}): ${((performance.now() - t0) / 1000).toFixed(1)} s; peak RSS ${mb(peak)}`,
  )
} finally {
  await table.close()
}
