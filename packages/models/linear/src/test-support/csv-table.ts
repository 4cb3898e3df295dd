import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type DataTable, openTable } from '@d2l-ts/data'

/** A table over a temporary CSV file; `close()` closes the table and removes the file. */
export interface CsvTable {
  table: DataTable
  close(): Promise<void>
}

/**
 * Rows written to a CSV file in a temporary folder (every number as JavaScript prints it, which
 * reads back to the same float64; null as an empty field), opened as a table through DuckDB.
 */
export async function csvTable(
  columns: readonly string[],
  rows: ArrayLike<ArrayLike<number | string | null>>,
): Promise<CsvTable> {
  const folder = mkdtempSync(join(tmpdir(), 'd2l-ts-table-'))
  const path = join(folder, 'data.csv')
  const lines = [columns.join(',')]
  for (let i = 0; i < rows.length; i++) {
    lines.push(Array.from(rows[i] as ArrayLike<number | string | null>, (v) => v ?? '').join(','))
  }
  writeFileSync(path, `${lines.join('\n')}\n`)
  const table = await openTable(path)
  return {
    table,
    close: async () => {
      await table.close()
      rmSync(folder, { recursive: true, force: true })
    },
  }
}
