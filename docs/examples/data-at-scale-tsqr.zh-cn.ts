// 一个病态的设计：NIST 统计参考数据集中的 Wampler1，即 x = 0, 1, …, 20 时的
// y = 1 + x + x² + x³ + x⁴ + x⁵，其认证系数全都恰好为 1。x 的各次幂几乎共线，
// 而正规方程会把这种病态平方：模型从引擎传回的统计量中发现了这一点，
// 于是改为把数据行流式地送进 QR 分解（TSQR）。
import { openTable } from '@d2l-ts/data'
import { LinearRegression } from '@d2l-ts/models-linear'

await using table = await openTable({
  engine: 'duckdb',
  query: `SELECT x, x^2 AS x2, x^3 AS x3, x^4 AS x4, x^5 AS x5, 1 + x + x^2 + x^3 + x^4 + x^5 AS y
          FROM range(21) AS r(x) ORDER BY x`,
})
const model = new LinearRegression({ inputs: 5 })
const { w, b } = await model.fitClosedForm(table, {
  features: ['x', 'x2', 'x3', 'x4', 'x5'],
  target: 'y',
})
const { method, note } = model.summary()
console.log(`method: ${method}`)
console.log(`note: ${note}`)

// 每个认证系数都是 1：与它的最大距离，以及相符的有效数字位数。
const error = Math.max(...[b[0] as number, ...w.flat()].map((v) => Math.abs(v - 1)))
console.log(`largest error: ${error.toExponential(1)} (${(-Math.log10(error)).toFixed(1)} digits)`)
