// The bench's own use of DuckDB (@duckdb/node-api): generating W4/W5's Parquet file, computing its
// reference, and the hand-written peer. Imported on demand: where the native binding does not load,
// W4 and W5 are skipped and the other workloads run as before.
import type { DuckDBConnection } from '@duckdb/node-api'

/** Why @duckdb/node-api cannot be used here, or undefined when it loads. */
export async function duckdbUnavailable(): Promise<string | undefined> {
  try {
    await import('@duckdb/node-api')
    return undefined
  } catch (error) {
    return `@duckdb/node-api does not load here: ${error instanceof Error ? error.message.split('\n')[0] : error}`
  }
}

/** Runs `use` on a fresh in-memory DuckDB database and closes the database after it, even on error. */
export async function withDuckDB<T>(use: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
  const { DuckDBInstance } = await import('@duckdb/node-api')
  const instance = await DuckDBInstance.create(':memory:')
  const connection = await instance.connect()
  try {
    return await use(connection)
  } finally {
    connection.closeSync()
    instance.closeSync()
  }
}

/** A string literal: DuckDB's only escape is a doubled quote. */
export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`
}

/**
 * A float64 literal. DuckDB reads a bare 0.1 as a DECIMAL; the text of a cast is parsed as the double
 * it names, and String(x) is the shortest text that reads back as x.
 */
export function sqlDouble(value: number): string {
  return `CAST('${String(value)}' AS DOUBLE)`
}

/** A Parquet file as a relation. */
export function parquet(path: string): string {
  return `read_parquet(${sqlString(path)})`
}

/** A column name as an identifier. */
export function sqlName(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}

/**
 * The rows of a query whose `width` columns are all DOUBLE, as row-major Float64Array blocks of one
 * DuckDB chunk each (2048 rows). Each block is copied out of the chunk, so that nothing holds on to
 * DuckDB's native memory past the block it came from.
 */
export async function* float64Rows(
  connection: DuckDBConnection,
  sql: string,
  width: number,
): AsyncGenerator<Float64Array> {
  const result = await connection.stream(sql)
  for (;;) {
    const chunk = await result.fetchChunk()
    if (chunk === null || chunk.rowCount === 0) return
    const rows = chunk.rowCount
    const block = new Float64Array(rows * width)
    for (let j = 0; j < width; j++) {
      const column = chunk.getColumnVector(j)
      for (let i = 0; i < rows; i++) {
        const value = column.getItem(i)
        if (typeof value !== 'number')
          throw new Error(`float64Rows: row value ${value} in column ${j}`)
        block[i * width + j] = value
      }
    }
    yield block
  }
}
