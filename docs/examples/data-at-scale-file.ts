// A Parquet file of 100 000 rows, opened as a table: openTable reads its column names and counts its
// rows, and loads nothing else. Each row holds three standardized sensor readings, uniform on [−1, 1),
// and output = 4.2 + 2·temperature − 3.4·pressure + 0.5·humidity + ε with ε ~ N(0, 0.1²).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openTable } from '@d2l-ts/data'
import { DuckDBInstance } from '@duckdb/node-api'

const folder = mkdtempSync(join(tmpdir(), 'd2l-ts-'))
process.on('exit', () => rmSync(folder, { recursive: true, force: true }))
const file = join(folder, 'measurements.parquet')

// DuckDB draws the rows and writes the file. One thread, so that the seeded random() repeats.
const duckdb = await DuckDBInstance.create(':memory:', { threads: '1' })
const sql = await duckdb.connect()
await sql.run('SELECT setseed(0.42)')
await sql.run(`CREATE TABLE readings AS SELECT
  2 * random() - 1 AS temperature, 2 * random() - 1 AS pressure, 2 * random() - 1 AS humidity
  FROM range(100000)`)
// ε by Box–Muller: sqrt(−2 ln u₁) cos(2π u₂) is standard normal for independent uniform u₁, u₂.
await sql.run(`COPY (
  SELECT *, 4.2 + 2 * temperature - 3.4 * pressure + 0.5 * humidity
            + 0.1 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) AS output
  FROM readings
) TO '${file}' (FORMAT parquet)`)
sql.closeSync()
duckdb.closeSync()

// The table: DuckDB again, embedded in this process, reading the file where it lies.
await using table = await openTable(file)
console.log(`engine: ${table.engine}, rows: ${table.rowCount}`)
for (const { name, type } of table.columns) console.log(`column ${name}: ${type}`)

// Statistics computed by DuckDB in two scans of the file: the count, the 4 means and the 10 distinct
// centred cross-products of the 4 columns. Only a few sums per column come back, however many rows.
const { n, means, crossProducts, columns } = await table.moments({
  features: ['temperature', 'pressure', 'humidity'],
  target: 'output',
})
const fixed = (values: ArrayLike<number>) =>
  Array.from(values, (v) => v.toFixed(4).padStart(8)).join(' ')
console.log(`n: ${n}`)
console.log(`means: [${fixed(means)}]`)
console.log('covariances (cross-products / n):')
columns.forEach((name, i) => {
  const row = crossProducts.slice(i * columns.length, (i + 1) * columns.length)
  console.log(`  ${name.padEnd(11)} [${fixed(row.map((v) => v / n))}]`)
})
