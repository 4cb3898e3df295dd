import { describeValue, ValueError } from '@d2l-ts/tensor'
import { dsvFormat } from 'd3-dsv'
import { checkTableOptions, TableBuilder, type TableData, type TableOptions } from './table.js'

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
  const delimiter = checkDelimiter(options.delimiter)
  if (typeof text !== 'string') {
    throw new ValueError({ argument: 'text', expected: 'CSV text', received: describeValue(text) })
  }
  const reader = new CsvTableReader('text', delimiter, checked)
  reader.read(text.replace(/^\uFEFF/, ''))
  return reader.finish()
}

/** The field separator, checked: one character other than a quote or a line break. */
export function checkDelimiter(delimiter: unknown = ','): string {
  if (typeof delimiter !== 'string' || delimiter.length !== 1 || /["\r\n]/.test(delimiter)) {
    throw new ValueError({
      argument: 'options.delimiter',
      expected: 'one character other than a quote or a line break',
      received: describeValue(delimiter),
    })
  }
  return delimiter
}

/**
 * Internal: reads CSV text, given whole or as runs of whole records, into a table: the first row is the
 * header, the rest go to a TableBuilder. Shared by readCSV (one run) and readCSVFile (many).
 */
export class CsvTableReader {
  readonly #name: string
  readonly #parse: (text: string) => string[][]
  readonly #options: Required<TableOptions>
  #header: string[] | undefined
  #columnIndex = new Map<string, number>()
  #builder: TableBuilder | undefined
  #row = 0

  constructor(name: string, delimiter: string, options: Required<TableOptions>) {
    this.#name = name
    const format = dsvFormat(delimiter)
    this.#parse = (text) => format.parseRows(text)
    this.#options = options
  }

  /** Reads a run of whole records (the first run starts with the header). */
  read(text: string): void {
    if (text === '') return
    for (const row of this.#parse(text)) {
      if (this.#header === undefined) {
        this.#start(row)
        continue
      }
      const header = this.#header
      const builder = this.#builder as TableBuilder
      const r = ++this.#row
      if (header.length > 1 && row.length === 1 && row[0] === '') {
        builder.skip()
        continue
      }
      builder.add(
        (column) => row[this.#columnIndex.get(column) as number],
        (column) => `row ${r}, column ${JSON.stringify(column)}`,
      )
    }
  }

  finish(): TableData {
    if (this.#builder === undefined) {
      throw new ValueError({
        argument: this.#name,
        expected: 'a header line naming the columns',
        received: this.#name === 'text' ? 'empty text' : 'an empty file',
      })
    }
    return this.#builder.finish()
  }

  #start(header: string[]): void {
    const { features, target } = this.#options
    for (const name of [...features, target]) {
      const index = header.indexOf(name)
      if (index !== -1 && header.lastIndexOf(name) !== index) {
        throw new ValueError({
          argument: this.#name,
          expected: `a header that names column ${JSON.stringify(name)} once`,
          received: `${JSON.stringify(name)} in fields ${index + 1} and ${header.lastIndexOf(name) + 1}`,
        })
      }
      this.#columnIndex.set(name, index)
    }
    this.#header = header
    this.#builder = new TableBuilder(this.#name, header, this.#options)
  }
}
