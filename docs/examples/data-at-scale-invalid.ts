// A DuckDB query as a table, and its bad values. The query (SQL you write, run as it is) gives five
// rows of y = 2x + 1, two of which are broken: a NULL and a text that is not a number.
import { openTable } from '@d2l-ts/data'
import { ValueError } from '@d2l-ts/tensor'

await using table = await openTable({
  engine: 'duckdb',
  query: `SELECT * FROM (VALUES (1, '3'), (2, '5'), (3, NULL), (4, 'n/a'), (5, '11')) AS t(x, y)`,
})
console.log(table.columns.map(({ name, type }) => `${name}: ${type}`).join(', '))

// By default a bad value in a used column is an error, counted in SQL: it names the column and how
// many of its rows are bad.
try {
  await table.moments({ features: ['x'], target: 'y' })
} catch (error) {
  if (!(error instanceof ValueError)) throw error
  console.log(`${error.name}: ${error.message}`)
}

// With invalid: 'drop' the engine leaves those rows out and counts them.
const { n, dropped, means, crossProducts } = await table.moments({
  features: ['x'],
  target: 'y',
  invalid: 'drop',
})
const slope = (crossProducts[1] as number) / (crossProducts[0] as number)
console.log(`n: ${n}, dropped: ${dropped}`)
console.log(`slope: ${slope}, intercept: ${(means[1] as number) - slope * (means[0] as number)}`)
