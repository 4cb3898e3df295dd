// An ill-conditioned design: Wampler1, from NIST's Statistical Reference Datasets, is
// y = 1 + x + x² + x³ + x⁴ + x⁵ for x = 0, 1, …, 20, and its certified coefficients are all exactly 1.
// Powers of x are nearly collinear, and the normal equations would square that: the model sees it
// in the statistics the engine returns, and streams the rows into a QR factorization instead (TSQR).
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

// Every certified coefficient is 1: the largest distance from it, and the digits that agree.
const error = Math.max(...[b[0] as number, ...w.flat()].map((v) => Math.abs(v - 1)))
console.log(`largest error: ${error.toExponential(1)} (${(-Math.log10(error)).toFixed(1)} digits)`)
