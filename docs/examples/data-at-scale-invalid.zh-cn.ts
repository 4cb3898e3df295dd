// 把一个 DuckDB 查询作为表，看看其中的坏值。这个查询（你写的 SQL，原样执行）给出 y = 2x + 1 的五行
// 数据，其中两行是坏的：一个 NULL，一个不是数字的文本。
import { openTable } from '@d2l-ts/data'
import { ValueError } from '@d2l-ts/tensor'

await using table = await openTable({
  engine: 'duckdb',
  query: `SELECT * FROM (VALUES (1, '3'), (2, '5'), (3, NULL), (4, 'n/a'), (5, '11')) AS t(x, y)`,
})
console.log(table.columns.map(({ name, type }) => `${name}: ${type}`).join(', '))

// 默认情况下，所用列中出现坏值就是错误。坏值在 SQL 中计数：错误消息指出是哪一列、有多少行是坏的。
try {
  await table.moments({ features: ['x'], target: 'y' })
} catch (error) {
  if (!(error instanceof ValueError)) throw error
  console.log(`${error.name}: ${error.message}`)
}

// 设为 invalid: 'drop' 时，引擎把这些行排除在外，并统计它们的个数。
const { n, dropped, means, crossProducts } = await table.moments({
  features: ['x'],
  target: 'y',
  invalid: 'drop',
})
const slope = (crossProducts[1] as number) / (crossProducts[0] as number)
console.log(`n: ${n}, dropped: ${dropped}`)
console.log(`slope: ${slope}, intercept: ${(means[1] as number) - slope * (means[0] as number)}`)
