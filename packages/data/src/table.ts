// Internal: turns rows of raw values (JSON records, CSV fields) into feature and label tensors, with
// one policy for values that are not numbers. Shared by fromRecords and readCSV.
import { describeValue, type Tensor2D, tensor2d, ValueError } from '@d2l-ts/tensor'

/** What to do with a row whose chosen columns hold a missing or non-numeric value. */
export type InvalidRowPolicy = 'error' | 'drop'

/** Options shared by {@link fromRecords} and {@link readCSV}. */
export interface TableOptions {
  /** The columns that become the features, in this order (the columns of X). */
  features: readonly string[]
  /** The column that becomes the label (y). */
  target: string
  /**
   * A row with a missing, empty or non-numeric value in one of the chosen columns is an error
   * (`'error'`, the default: a ValueError naming the row, the column and the value) or is left out
   * (`'drop'`, counted in `dropped`). A bad value never becomes NaN.
   */
  invalid?: InvalidRowPolicy
}

/** Features and labels read from a table. */
export interface TableData {
  /** The features, shape `[n, features.length]`, float32. */
  X: Tensor2D
  /** The labels, shape `[n, 1]`, float32. */
  y: Tensor2D
  /** How many rows were left out by `invalid: 'drop'` (always 0 with `'error'`). */
  dropped: number
  /** The names of X's columns, in order. */
  featureNames: string[]
}

/** Where the table builder reads its cells: `get(row, column)` for row in [0, rowCount). */
export interface CellSource {
  /** The argument that holds the data (`'records'`, `'text'`). */
  name: string
  rowCount: number
  /** Every column name of the data, for the message when a chosen one is missing. */
  columns: readonly string[]
  get(row: number, column: string): unknown
  /** How the error message names a cell (`records[3].Horsepower`, `row 4, column "mpg"`). */
  describeCell(row: number, column: string): string
  /** Rows to pass over silently, such as blank lines. */
  skip?(row: number): boolean
}

// A plain decimal number, with optional sign, fraction and exponent. Stricter than Number(): no hex,
// no "Infinity", no "" (which Number() reads as 0), no digit separators.
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/

/** The number a cell holds, or undefined when it is missing or not a finite number. */
export function parseCell(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined
  if (typeof value === 'string') {
    const text = value.trim()
    if (!DECIMAL.test(text)) return undefined
    const number = Number(text)
    return Number.isFinite(number) ? number : undefined
  }
  return undefined
}

export function checkTableOptions(options: unknown): Required<TableOptions> {
  if (typeof options !== 'object' || options === null) {
    throw new ValueError({
      argument: 'options',
      expected: 'an object with features and target',
      received: describeValue(options),
    })
  }
  const { features, target, invalid = 'error' } = options as Partial<TableOptions>
  if (
    !Array.isArray(features) ||
    features.length === 0 ||
    !features.every((f) => typeof f === 'string')
  ) {
    throw new ValueError({
      argument: 'options.features',
      expected: 'a non-empty array of column names',
      received: describeValue(features),
    })
  }
  const repeated = features.find((f, i) => features.indexOf(f) !== i)
  if (repeated !== undefined) {
    throw new ValueError({
      argument: 'options.features',
      expected: 'distinct column names',
      received: `${JSON.stringify(repeated)} twice`,
    })
  }
  if (typeof target !== 'string') {
    throw new ValueError({
      argument: 'options.target',
      expected: 'a column name',
      received: describeValue(target),
    })
  }
  if (features.includes(target)) {
    throw new ValueError({
      argument: 'options.target',
      expected: 'a column that is not also a feature',
      received: JSON.stringify(target),
    })
  }
  if (invalid !== 'error' && invalid !== 'drop') {
    throw new ValueError({
      argument: 'options.invalid',
      expected: "'error' or 'drop'",
      received: describeValue(invalid),
    })
  }
  return { features, target, invalid }
}

/** Reads the chosen columns of every row into X and y, applying the invalid-row policy. */
export function buildTable(source: CellSource, options: Required<TableOptions>): TableData {
  if (source.rowCount === 0) throw noRows(source.name)
  const builder = new TableBuilder(source.name, source.columns, options, source.rowCount)
  for (let i = 0; i < source.rowCount; i++) {
    if (source.skip?.(i)) builder.skip()
    else
      builder.add(
        (column) => source.get(i, column),
        (column) => source.describeCell(i, column),
      )
  }
  return builder.finish()
}

/**
 * Builds X and y one row at a time, for sources whose length is not known in advance (a streamed
 * file). Rows go into fixed-size blocks, copied once into X and y at the end: at most twice the final
 * size is ever held (a doubling array would hold three times it while trimming).
 */
export class TableBuilder {
  readonly #name: string
  readonly #columns: string[]
  readonly #invalid: InvalidRowPolicy
  readonly #row: number[]
  readonly #blockRows: number
  readonly #xBlocks: Float32Array[] = []
  readonly #yBlocks: Float32Array[] = []
  /** Rows in the last block. */
  #filled: number
  #kept = 0
  #dropped = 0
  #seen = 0

  /** @param blockRows rows per block: the row count when it is known, so that one block holds all. */
  constructor(
    name: string,
    columns: readonly string[],
    { features, target, invalid }: Required<TableOptions>,
    blockRows = 65_536,
  ) {
    for (const [argument, column] of [
      ...features.map((f) => ['options.features', f] as const),
      ['options.target', target] as const,
    ]) {
      if (!columns.includes(column)) {
        throw new ValueError(
          {
            argument,
            expected: `a column of the data (${columns.map((c) => JSON.stringify(c)).join(', ')})`,
            received: JSON.stringify(column),
          },
          'Column names are case-sensitive.',
        )
      }
    }
    this.#name = name
    this.#columns = [...features, target]
    this.#invalid = invalid
    this.#row = new Array<number>(features.length + 1)
    this.#blockRows = Math.max(1, blockRows)
    this.#filled = this.#blockRows // no block yet: the first row opens one
  }

  /** Counts a row that is passed over silently (a blank line). */
  skip(): void {
    this.#seen++
  }

  /** Adds a row, whose cells `get` reads by column name, or drops it or throws (the policy). */
  add(get: (column: string) => unknown, describeCell: (column: string) => string): void {
    this.#seen++
    const d = this.#columns.length - 1
    const row = this.#row
    for (let j = 0; j <= d; j++) {
      const column = this.#columns[j] as string
      const raw = get(column)
      const value = parseCell(raw)
      if (value === undefined) {
        if (this.#invalid === 'drop') {
          this.#dropped++
          return
        }
        throw new ValueError(
          {
            argument: describeCell(column),
            expected: 'a finite number',
            received: describeCellValue(raw),
          },
          "Fix the data, or pass invalid: 'drop' to leave such rows out.",
        )
      }
      row[j] = value
    }
    if (this.#filled === this.#blockRows) {
      this.#xBlocks.push(new Float32Array(this.#blockRows * d))
      this.#yBlocks.push(new Float32Array(this.#blockRows))
      this.#filled = 0
    }
    const x = this.#xBlocks[this.#xBlocks.length - 1] as Float32Array
    const at = this.#filled
    for (let j = 0; j < d; j++) x[at * d + j] = row[j] as number
    ;(this.#yBlocks[this.#yBlocks.length - 1] as Float32Array)[at] = row[d] as number
    this.#filled++
    this.#kept++
  }

  /** The tensors of the rows kept. */
  finish(): TableData {
    const kept = this.#kept
    const dropped = this.#dropped
    if (this.#seen === 0) throw noRows(this.#name)
    if (kept === 0) {
      throw new ValueError({
        argument: this.#name,
        expected: 'at least one row with numbers in every chosen column',
        received:
          dropped === 0
            ? 'only blank lines'
            : `no valid rows: all ${dropped} were dropped as invalid`,
      })
    }
    const d = this.#columns.length - 1
    return {
      X: tensor2d(joinBlocks(this.#xBlocks, kept * d), [kept, d]),
      y: tensor2d(joinBlocks(this.#yBlocks, kept), [kept, 1]),
      dropped,
      featureNames: this.#columns.slice(0, d),
    }
  }
}

/** The first `length` values of the blocks, in one array (the only block itself when it fits exactly). */
function joinBlocks(blocks: readonly Float32Array[], length: number): Float32Array {
  const only = blocks[0] as Float32Array
  if (blocks.length === 1 && only.length === length) return only
  const out = new Float32Array(length)
  let at = 0
  for (const block of blocks) {
    const take = Math.min(block.length, length - at)
    out.set(take === block.length ? block : block.subarray(0, take), at)
    at += take
  }
  return out
}

function noRows(argument: string): ValueError {
  return new ValueError({ argument, expected: 'at least one row', received: 'no rows' })
}

function describeCellValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)'
  if (typeof value === 'string' && value.trim() === '') return `${JSON.stringify(value)} (empty)`
  return describeValue(value)
}
