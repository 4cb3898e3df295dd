import { describeValue, ValueError } from '@d2l-ts/tensor'
import { buildTable, checkTableOptions, type TableData, type TableOptions } from './table.js'

/**
 * Features and labels from an array of objects, one per example, such as a parsed JSON dataset:
 * `X` takes the `features` columns in order, `y` the `target` column.
 *
 * A value counts when it is a finite number or a string holding a plain decimal number (`"3.5"`,
 * `" -2e3 "`). Anything else in a chosen column (`null`, a missing key, `""`, `"n/a"`, `true`, NaN,
 * ±Infinity) makes the row invalid: with `invalid: 'error'` (the default) that is a ValueError naming
 * the row, the column and the value; with `invalid: 'drop'` the row is left out and counted in
 * `dropped`. The records are not changed; the caller owns the returned tensors.
 *
 * @throws {ValueError} for a column that no record has (the message lists those that exist), an invalid
 *   row under `invalid: 'error'`, a record that is not an object, or no valid rows at all.
 * @example
 * ```ts
 * import { fromRecords } from '@d2l-ts/data'
 * const cars = [
 *   { Horsepower: 130, Weight_in_lbs: 3504, Miles_per_Gallon: 18 },
 *   { Horsepower: null, Weight_in_lbs: 2046, Miles_per_Gallon: 25 },
 *   { Horsepower: 165, Weight_in_lbs: 3693, Miles_per_Gallon: 15 },
 * ]
 * const { X, y, dropped, featureNames } = fromRecords(cars, {
 *   features: ['Horsepower', 'Weight_in_lbs'],
 *   target: 'Miles_per_Gallon',
 *   invalid: 'drop',
 * })
 * X.arraySync() // [[130, 3504], [165, 3693]]
 * y.arraySync() // [[18], [15]]
 * dropped // 1
 * featureNames // ['Horsepower', 'Weight_in_lbs']
 * ```
 */
export function fromRecords(records: readonly object[], options: TableOptions): TableData {
  const checked = checkTableOptions(options)
  if (!Array.isArray(records)) {
    throw new ValueError({
      argument: 'records',
      expected: 'an array of objects',
      received: describeValue(records),
    })
  }
  const columns = new Set<string>()
  records.forEach((record: unknown, i) => {
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      throw new ValueError({
        argument: `records[${i}]`,
        expected: 'an object (one example)',
        received: describeValue(record),
      })
    }
    for (const key of Object.keys(record)) columns.add(key)
  })
  const rows = records as readonly Record<string, unknown>[]
  return buildTable(
    {
      name: 'records',
      rowCount: rows.length,
      columns: [...columns],
      get: (i, column) =>
        Object.hasOwn(rows[i] as object, column) ? rows[i]?.[column] : undefined,
      describeCell: (i, column) => `records[${i}]${propertyAccess(column)}`,
    },
    checked,
  )
}

/** `.name` when that is valid JavaScript, `["some name"]` otherwise. */
function propertyAccess(column: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(column) ? `.${column}` : `[${JSON.stringify(column)}]`
}
