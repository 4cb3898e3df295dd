// DuckDB tables: the contract on a database file written for this test, then Parquet and CSV files
// read out of core.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  REGRESSION_COLUMNS,
  referenceMoments,
  regressionRows,
  relativeError,
} from '../test-support/regression-rows.js'
import { describeTableContract, type FixtureType } from '../test-support/table-contract.js'
import { EngineError } from './engine.js'
import { openTable } from './open-table.js'

const folder = mkdtempSync(join(tmpdir(), 'd2l-ts-duckdb-'))
const database = join(folder, 'contract.duckdb')
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const TYPES: Record<FixtureType, string> = {
  float: 'DOUBLE',
  int: 'BIGINT',
  text: 'VARCHAR',
  bool: 'BOOLEAN',
}

/** CSV text of rows; String(x) of a double reads back exactly, and an empty field is NULL. */
function csvText(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const field = (v: unknown) =>
    v === null ? '' : typeof v === 'string' ? `"${v.replaceAll('"', '""')}"` : String(v)
  return `${header.join(',')}\n${rows.map((row) => row.map(field).join(',')).join('\n')}\n`
}

describeTableContract('duckdb', () => ({
  async create(name, columns, rows) {
    const file = join(folder, `${name}.csv`)
    writeFileSync(
      file,
      csvText(
        columns.map((c) => c.name),
        rows,
      ),
    )
    const instance = await DuckDBInstance.create(database)
    const connection = await instance.connect()
    await connection.run(
      `CREATE TABLE ${name} (${columns.map((c) => `${c.name} ${TYPES[c.type]}`).join(', ')})`,
    )
    await connection.run(`COPY ${name} FROM '${file}' (HEADER)`)
    connection.closeSync()
    instance.closeSync()
  },
  open: (selection) => openTable({ engine: 'duckdb', path: database, ...selection }),
}))

describe('files through DuckDB', () => {
  const n = 50_000
  const rows = regressionRows(n, 3)
  const width = REGRESSION_COLUMNS.length
  const truth = referenceMoments(rows, width)
  const csv = join(folder, 'regression.csv')
  const parquet = join(folder, 'regression.parquet')
  beforeAll(async () => {
    const asRows = Array.from({ length: n }, (_, i) =>
      Array.from(rows.subarray(i * width, (i + 1) * width)),
    )
    writeFileSync(csv, csvText(REGRESSION_COLUMNS, asRows))
    const instance = await DuckDBInstance.create()
    const connection = await instance.connect()
    const types = REGRESSION_COLUMNS.map((c) => `'${c}': 'DOUBLE'`).join(', ')
    await connection.run(
      `COPY (SELECT * FROM read_csv('${csv}', columns = {${types}}, header = true)) TO '${parquet}' (FORMAT PARQUET, ROW_GROUP_SIZE 8192)`,
    )
    connection.closeSync()
    instance.closeSync()
  }, 120_000)

  it('reads a Parquet file: typed columns, the float64 moments, every row', async () => {
    await using table = await openTable(parquet)
    expect(table.engine).toBe('duckdb')
    expect(table.columns).toEqual(
      REGRESSION_COLUMNS.map((name) => ({ name, type: 'DOUBLE', usable: true })),
    )
    expect(table.rowCount).toBe(n)
    const m = await table.moments({ features: ['x1', 'x2', 'x3'], target: 'y' })
    expect(relativeError(m.crossProducts, truth.crossProducts)).toBeLessThan(1e-9)
    expect(relativeError(m.means, truth.means)).toBeLessThan(1e-12)
    let total = 0
    for await (const chunk of table.chunks({
      columns: ['x1'],
      chunkRows: 10_000,
      dtype: 'float64',
    })) {
      for (const v of chunk.values) total += v
    }
    expect(total / n).toBeCloseTo(truth.means[0] as number, 9)
  }, 60_000)

  it('reads a CSV file by readCSV’s rule for numbers, and a file: URL', async () => {
    await using table = await openTable(new URL(`file://${csv}`))
    expect(table.columns.map((c) => c.type)).toEqual(['VARCHAR', 'VARCHAR', 'VARCHAR', 'VARCHAR'])
    const m = await table.moments({ features: ['x1', 'x2', 'x3'], target: 'y' })
    expect(relativeError(m.crossProducts, truth.crossProducts)).toBeLessThan(1e-9)
  }, 60_000)

  it('treats NA and empty fields of a CSV file as bad values, as readCSV does', async () => {
    const file = join(folder, 'houses.csv')
    writeFileSync(file, 'area,age,price\n120,5,330\n80,NA,190\n95,12,210\n70,,150\n')
    await using table = await openTable(file)
    await expect(table.moments({ features: ['area', 'age'], target: 'price' })).rejects.toThrow(
      'options.features: expected a finite number in every row of the used columns, received 2 of 4 rows of column "age"',
    )
    const m = await table.moments({ features: ['area', 'age'], target: 'price', invalid: 'drop' })
    // Rows (120, 5, 330) and (95, 12, 210): means 107.5, 8.5, 270; Σ(area − 107.5)² = 2 · 12.5² = 312.5
    expect([m.n, m.dropped]).toEqual([2, 2])
    expect(Array.from(m.means)).toEqual([107.5, 8.5, 270])
    expect(m.crossProducts[0]).toBe(312.5)
  })

  it('says which file is missing, and which names it cannot read', async () => {
    const missing = join(folder, 'nothing-here.parquet')
    await expect(openTable(missing)).rejects.toThrow(
      `source: expected an existing Parquet or CSV file, received ${JSON.stringify(missing)} (no such file)`,
    )
    const text = join(folder, 'notes.txt')
    writeFileSync(text, 'hello')
    await expect(openTable(text)).rejects.toThrow(
      'a file whose name ends in .parquet, .csv or .tsv',
    )
    await expect(
      openTable({ engine: 'duckdb', path: join(folder, 'none.duckdb'), table: 't' }),
    ).rejects.toThrow('source.path: expected an existing DuckDB database file')
  })

  it("keeps DuckDB's message for a query that fails there", async () => {
    const error = await openTable({ engine: 'duckdb', query: 'SELECT * FROM no_such_table' }).catch(
      (e) => e,
    )
    expect(error).toBeInstanceOf(EngineError)
    expect(error.message).toMatch(/^duckdb: the query failed: .*no_such_table/)
  })
})
