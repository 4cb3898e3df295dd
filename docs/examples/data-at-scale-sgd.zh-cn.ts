// 在同一个 Parquet 文件上做小批量随机梯度下降（这里把文件重新写一遍，使每个单元都能单独运行）。
// 数据行以数据块的形式从 DuckDB 流出，经过一个 4096 行、设定了种子的打乱缓冲区：
// 内存中只有一个数据块和这个缓冲区，从来没有整个文件。
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
const model = new LinearRegression({ inputs: 3, seed: 0 })
await model.fit(table, {
  features: ['temperature', 'pressure', 'humidity'],
  target: 'output',
  epochs: 2,
  batchSize: 256,
  lr: 0.1,
  seed: 0,
  shuffleBuffer: 4096,
  // 每个迭代周期中各小批量上 ½(ŷ − y)² 的平均值；它的下限是 ½σ² = 0.005。
  onEpoch: ({ epoch, loss }) => console.log(`epoch ${epoch}, loss ${loss.toFixed(5)}`),
})

const { w, b } = model.weights()
const fixed = (v: number) => v.toFixed(3)
console.log(`w: [${w.flat().map(fixed).join(', ')}]  (true [2, -3.4, 0.5])`)
console.log(`b: ${fixed(b[0] as number)}  (true 4.2)`)
