// The closed form on the Parquet file of the cell above (written again here, so that each cell runs on
// its own). DuckDB computes the statistics; the model solves the small system they make in float64.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openTable } from '@d2l-ts/data'
import { LinearRegression } from '@d2l-ts/models-linear'
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

await using table = await openTable(file)
const model = new LinearRegression({ inputs: 3 })
const { w, b } = await model.fitClosedForm(table, {
  features: ['temperature', 'pressure', 'humidity'],
  target: 'output',
})
console.log(String(model.summary()))
console.log(`method: ${model.summary().method}`)

const fixed = (v: number) => v.toFixed(5)
console.log(`w: [${w.flat().map(fixed).join(', ')}]  (true [2, -3.4, 0.5])`)
console.log(`b: ${fixed(b[0] as number)}  (true 4.2)`)
