import { describeValue, ValueError } from '@d2l-ts/tensor'
import { dsvFormat } from 'd3-dsv'
import { buildTable, checkTableOptions, type TableData, type TableOptions } from './table.js'

/** Options of {@link readCSV}. */
export interface ReadCSVOptions extends TableOptions {
  /** The field separator, one character: `','` (the default), `'\t'`, `';'`… */
  delimiter?: string
}

/**
 * Features and labels from CSV text whose first line names the columns, parsed by `d3-dsv` (RFC 4180:
 * quoted fields may hold separators, quotes and line breaks); works in Node and in browsers. `X` takes
 * the `features` columns in order, `y` the `target` column; other columns are ignored.
 *
 * A field counts when it holds a plain decimal number (surrounding spaces allowed). An empty field, a
 * missing one (a short row) or text such as `NA` makes the row invalid: with `invalid: 'error'` (the
 * default) that is a ValueError naming the row, the column and the value; with `invalid: 'drop'` the row
 * is left out and counted in `dropped`. Rows are counted from 1 after the header, so in a file without
 * line breaks inside quotes, row r is on line r + 1. Blank lines are skipped, and not counted as dropped.
 * The caller owns the returned tensors.
 *
 * @throws {ValueError} for a column that the header lacks (the message lists the header), an invalid row
 *   under `invalid: 'error'`, a column named twice in the header, or no valid rows at all.
 * @example
 * ```ts
 * import { readCSV } from '@d2l-ts/data'
 * const text = 'area,age,price\n120,5,330\n80,NA,190\n95,12,210\n'
 * const { X, y, dropped } = readCSV(text, { features: ['area', 'age'], target: 'price', invalid: 'drop' })
 * X.arraySync() // [[120, 5], [95, 12]]
 * y.arraySync() // [[330], [210]]
 * dropped // 1 (row 2: age is "NA")
 * ```
 */
export function readCSV(text: string, options: ReadCSVOptions): TableData {
  const checked = checkTableOptions(options)
  const delimiter = options.delimiter ?? ','
  if (typeof delimiter !== 'string' || delimiter.length !== 1 || /["\r\n]/.test(delimiter)) {
    throw new ValueError({
      argument: 'options.delimiter',
      expected: 'one character other than a quote or a line break',
      received: describeValue(delimiter),
    })
  }
  if (typeof text !== 'string') {
    throw new ValueError({ argument: 'text', expected: 'CSV text', received: describeValue(text) })
  }
  // A byte-order mark would otherwise become an invisible part of the first column's name.
  const rows = dsvFormat(delimiter).parseRows(text.replace(/^\uFEFF/, ''))
  const header = rows[0]
  if (header === undefined) {
    throw new ValueError({
      argument: 'text',
      expected: 'a header line naming the columns',
      received: 'empty text',
    })
  }
  const columnIndex = new Map<string, number>()
  for (const name of [...checked.features, checked.target]) {
    const index = header.indexOf(name)
    if (index !== -1 && header.lastIndexOf(name) !== index) {
      throw new ValueError({
        argument: 'text',
        expected: `a header that names column ${JSON.stringify(name)} once`,
        received: `${JSON.stringify(name)} in fields ${index + 1} and ${header.lastIndexOf(name) + 1}`,
      })
    }
    columnIndex.set(name, index)
  }
  const data = rows.slice(1)
  return buildTable(
    {
      name: 'text',
      rowCount: data.length,
      columns: header,
      get: (i, column) => data[i]?.[columnIndex.get(column) as number],
      describeCell: (i, column) => `row ${i + 1}, column ${JSON.stringify(column)}`,
      skip: (i) => {
        const row = data[i] as string[]
        return header.length > 1 && row.length === 1 && row[0] === ''
      },
    },
    checked,
  )
}
