// The DuckDB adapter: embedded, in this process. It reads Parquet and CSV files out of core (the
// default engine of openTable for a file) and DuckDB database files.
import {
  type ColumnKind,
  DECIMAL_PATTERN,
  type Engine,
  EngineError,
  loadClient,
  messageOf,
  qualifiedName,
  type SqlDialect,
} from './engine.js'

const dialect: SqlDialect = {
  aggregatesSeeThroughSubqueries: true,
  identifier: (name) => `"${name.replaceAll('"', '""')}"`,
  // DuckDB string literals have no backslash escapes: doubling the quote is the only escape.
  string: (text) => `'${text.replaceAll("'", "''")}'`,
  // A bare 0.1 would be a DECIMAL in DuckDB; a string cast to DOUBLE is parsed exactly. String(x)
  // is the shortest text that reads back as x.
  float64: (value) => `CAST('${String(value)}' AS DOUBLE)`,
  toFloat64: (expression) => `CAST(${expression} AS DOUBLE)`,
  isFinite: (expression) => `isfinite(${expression})`,
  isDecimalText: (expression) => `regexp_full_match(trim(${expression}), '${DECIMAL_PATTERN}')`,
  textToFloat64: (expression) => `TRY_CAST(trim(${expression}) AS DOUBLE)`,
}

/** Where DuckDB finds the rows: a file it reads, or a database (in memory or a file) and a query or table. */
export type DuckDBLocation =
  | { file: string; format: 'parquet' | 'csv' }
  | { database?: string; query: string }
  | { database?: string; table: string }

export async function openDuckDB(location: DuckDBLocation): Promise<Engine> {
  const { DuckDBInstance } = await loadClient<typeof import('@duckdb/node-api')>('duckdb')
  const database = 'database' in location ? location.database : undefined
  const instance = await DuckDBInstance.create(
    database ?? ':memory:',
    database === undefined ? {} : { access_mode: 'READ_ONLY' },
  ).catch((error: unknown) => {
    throw new EngineError('duckdb', `duckdb: cannot open ${database}: ${messageOf(error)}`, {
      cause: error,
    })
  })
  const connection = await instance.connect()
  const relation =
    'file' in location
      ? location.format === 'parquet'
        ? `read_parquet(${dialect.string(location.file)})`
        : // Every field as text, so that the CSV's values follow readCSV's rule for numbers whatever
          // DuckDB's type sniffer (which samples the first rows only) would guess.
          `read_csv(${dialect.string(location.file)}, all_varchar = true, header = true)`
      : 'query' in location
        ? `(${location.query}) AS source`
        : qualifiedName(dialect, location.table)

  const run = async (sql: string) => {
    try {
      return await connection.runAndReadAll(sql)
    } catch (error) {
      throw new EngineError('duckdb', `duckdb: the query failed: ${messageOf(error)}`, {
        cause: error,
      })
    }
  }

  return {
    name: 'duckdb',
    dialect,
    relation,
    async describe() {
      const reader = await run(`DESCRIBE SELECT * FROM ${relation}`)
      return reader.getRows().map(([name, type]) => ({
        name: String(name),
        type: String(type),
        kind: kindOf(String(type)),
      }))
    },
    async rows(sql) {
      return (await run(sql)).getRows()
    },
    async *stream(sql, width) {
      let result: Awaited<ReturnType<typeof connection.stream>>
      try {
        result = await connection.stream(sql)
      } catch (error) {
        throw new EngineError('duckdb', `duckdb: the query failed: ${messageOf(error)}`, {
          cause: error,
        })
      }
      for (;;) {
        const chunk = await result.fetchChunk()
        if (chunk === null || chunk.rowCount === 0) return
        const rows = chunk.rowCount
        const block = new Float64Array(rows * width)
        for (let j = 0; j < width; j++) {
          const vector = chunk.getColumnVector(j)
          for (let i = 0; i < rows; i++) block[i * width + j] = vector.getItem(i) as number
        }
        yield block
      }
    },
    async close() {
      connection.closeSync()
      instance.closeSync()
    },
  }
}

function kindOf(type: string): ColumnKind {
  if (/^(U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)|DECIMAL\(.*\))$/.test(type)) return 'exact'
  if (type === 'FLOAT' || type === 'DOUBLE') return 'float'
  if (type === 'VARCHAR') return 'text'
  return 'other'
}
