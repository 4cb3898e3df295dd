// 在上一个单元的 Parquet 文件上求解析解（这里把文件重新写一遍，使每个单元都能单独运行）。统计量由
// DuckDB 计算；模型用 float64 求解由它们构成的小方程组。
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openTable } from '@d2l-ts/data'
import { LinearRegression } from '@d2l-ts/models-linear'
import { DuckDBInstance } from '@duckdb/node-api'

const folder = mkdtempSync(join(tmpdir(), 'd2l-ts-'))
process.on('exit', () => rmSync(folder, { recursive: true, force: true }))
const file = join(folder, 'measurements.parquet')

// 由 DuckDB 抽样生成数据行并写成文件。只用一个线程，这样设定了种子的 random() 每次结果都相同。
const duckdb = await DuckDBInstance.create(':memory:', { threads: '1' })
const sql = await duckdb.connect()
await sql.run('SELECT setseed(0.42)')
await sql.run(`CREATE TABLE readings AS SELECT
  2 * random() - 1 AS temperature, 2 * random() - 1 AS pressure, 2 * random() - 1 AS humidity
  FROM range(100000)`)
// 用 Box–Muller 变换生成 ε：u₁、u₂ 独立且服从均匀分布时，sqrt(−2 ln u₁) cos(2π u₂)
// 服从标准正态分布。
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
