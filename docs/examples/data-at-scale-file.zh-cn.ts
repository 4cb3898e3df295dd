// 把一个 100 000 行的 Parquet 文件作为表打开：openTable 只读取列名并统计行数，别的什么都不加载。
// 每行是三个标准化的传感器读数（在 [−1, 1) 上均匀分布）和一个输出
// output = 4.2 + 2·temperature − 3.4·pressure + 0.5·humidity + ε，其中 ε ~ N(0, 0.1²)。
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openTable } from '@d2l-ts/data'
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

// 表：仍由嵌入在本进程中的 DuckDB 负责，直接在文件所在之处读取它。
await using table = await openTable(file)
console.log(`engine: ${table.engine}, rows: ${table.rowCount}`)
for (const { name, type } of table.columns) console.log(`column ${name}: ${type}`)

// 由 DuckDB 扫描文件两遍算出的统计量：这 4 列的样本数、4 个均值和 10 个互不相同的中心化交叉乘积和。
// 从引擎传回来的只有每列的几个和，与文件的行数无关。
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
