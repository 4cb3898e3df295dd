import { describeValue, ValueError } from '@d2l-ts/tensor'
import { DataTable } from './data-table.js'
import type { Engine } from './engine.js'

/** Rows chosen by a query (SQL the caller writes, run as it is) or a table name (`schema.table`). */
export type TableSelection = { query: string; table?: never } | { table: string; query?: never }

/** A PostgreSQL table or query, through the `pg` package. */
export type PostgresSource = {
  engine: 'postgres'
  /** `postgres://user:password@host:port/database`, as `pg` takes it. */
  connectionString: string
} & TableSelection

/** A ClickHouse table or query (a `Distributed` table spreads the work over a cluster's shards). */
export type ClickHouseSource = {
  engine: 'clickhouse'
  /** The server's HTTP address, such as `http://127.0.0.1:8123`. */
  url: string
  username?: string
  password?: string
  database?: string
  /** The start of each query_id the table sends, to find its queries in system.query_log
   * (`'d2l-ts-'` by default; a UUID follows). */
  queryIdPrefix?: string
} & TableSelection

/** A DuckDB database (in memory, or a database file at `path`, opened read-only). */
export type DuckDBSource = {
  engine: 'duckdb'
  /** A DuckDB database file; an in-memory database when left out. */
  path?: string
} & TableSelection

/** What {@link openTable} opens: a Parquet or CSV file (path or URL), or a table in an engine. */
export type TableSource = string | URL | DuckDBSource | PostgresSource | ClickHouseSource

/** Options of {@link openTable}. */
export interface OpenTableOptions {
  /** How long a server may take to answer the first query, in ms (10 000 by default). */
  connectTimeoutMs?: number
}

/**
 * Opens a table where its data lives: a Parquet or CSV file (a path, a `file:` URL, or an `http(s)`
 * URL), read out of core by embedded DuckDB; or a query or table in DuckDB, PostgreSQL or ClickHouse.
 * It learns the columns and counts the rows; nothing else is read until asked for. The engine's client
 * is an optional peer dependency, imported now: `@duckdb/node-api` (files and `duckdb`), `pg`
 * (`postgres`) or `@clickhouse/client` (`clickhouse`).
 *
 * A CSV file's fields are all read as text and count as numbers by `readCSV`'s rule (so `NA` or an
 * empty field is a bad value, handled by each computation's `invalid` option). A `query` is SQL that
 * you write and is run as it is; a `table` name is quoted (split at dots into schema and name).
 *
 * @throws {ValueError} for a source of the wrong shape, a file that does not exist, or one that is
 *   neither `.parquet` nor `.csv` / `.tsv`.
 * @throws {EngineError} for a missing client package ("run npm i …"), a server that cannot be reached
 *   within `connectTimeoutMs` (its host:port in the message) or refuses the credentials, or a query that
 *   fails in the engine (its message kept).
 * @example
 * ```ts
 * import { openTable } from '@d2l-ts/data'
 * await using file = await openTable('measurements.parquet')
 * file.columns // [{ name: 'x1', type: 'DOUBLE', usable: true }, …]
 *
 * await using server = await openTable({
 *   engine: 'postgres',
 *   connectionString: 'postgres://reader@db.example.com/lab',
 *   table: 'public.measurements',
 * })
 * const { n, means, crossProducts } = await server.moments({ features: ['x1', 'x2'], target: 'y' })
 * ```
 */
export async function openTable(
  source: TableSource,
  options: OpenTableOptions = {},
): Promise<DataTable> {
  const connectTimeoutMs = options.connectTimeoutMs ?? 10_000
  if (!Number.isFinite(connectTimeoutMs) || connectTimeoutMs <= 0) {
    throw new ValueError({
      argument: 'options.connectTimeoutMs',
      expected: 'a positive number of milliseconds',
      received: describeValue(connectTimeoutMs),
    })
  }
  const engine = await connect(source, connectTimeoutMs)
  try {
    const columns = await engine.describe()
    const [[count]] = (await engine.rows(`SELECT count(*) FROM ${engine.relation}`)) as [[unknown]]
    return new DataTable(engine, columns, Number(count))
  } catch (error) {
    await engine.close().catch(() => {})
    throw error
  }
}

async function connect(source: TableSource, connectTimeoutMs: number): Promise<Engine> {
  if (typeof source === 'string' || source instanceof URL) {
    const { openDuckDB } = await import('./engine-duckdb.js')
    return openDuckDB(await fileLocation(source))
  }
  if (typeof source !== 'object' || source === null) {
    throw new ValueError({
      argument: 'source',
      expected:
        "a file's path or URL, or an object with engine 'duckdb', 'postgres' or 'clickhouse'",
      received: describeValue(source),
    })
  }
  const selection = checkSelection(source)
  switch (source.engine) {
    case 'duckdb': {
      const path = optionalText('source.path', source.path)
      if (path !== undefined)
        await assertExists('source.path', path, 'an existing DuckDB database file')
      const { openDuckDB } = await import('./engine-duckdb.js')
      return openDuckDB(
        'query' in selection
          ? { query: selection.query, ...(path !== undefined && { database: path }) }
          : { table: selection.table, ...(path !== undefined && { database: path }) },
      )
    }
    case 'postgres': {
      const connectionString = requiredText('source.connectionString', source.connectionString)
      const { openPostgres } = await import('./engine-postgres.js')
      return openPostgres({ connectionString, ...selection, connectTimeoutMs, fetchRows: 8192 })
    }
    case 'clickhouse': {
      const url = requiredText('source.url', source.url)
      const { openClickHouse } = await import('./engine-clickhouse.js')
      return openClickHouse({
        url,
        ...optionalField('username', source.username),
        ...optionalField('password', source.password),
        ...optionalField('database', source.database),
        ...selection,
        connectTimeoutMs,
        queryIdPrefix: optionalText('source.queryIdPrefix', source.queryIdPrefix) ?? 'd2l-ts-',
      })
    }
    default:
      throw new ValueError({
        argument: 'source.engine',
        expected: "'duckdb', 'postgres' or 'clickhouse'",
        received: describeValue((source as { engine?: unknown }).engine),
      })
  }
}

/** The file DuckDB is to read, its format told by its name's ending. */
async function fileLocation(source: string | URL) {
  const text = source instanceof URL ? source.href : source
  const isRemote = /^(https?|s3):\/\//i.test(text)
  let file = text
  if (!isRemote) {
    const { fileURLToPath } = await import('node:url')
    file = /^file:/i.test(text) ? fileURLToPath(text) : text
    await assertExists('source', file, 'an existing Parquet or CSV file')
  }
  const name = file.toLowerCase().replace(/[?#].*$/, '')
  if (/\.parquet$/.test(name)) return { file, format: 'parquet' as const }
  if (/\.(csv|tsv)(\.gz|\.zst)?$/.test(name)) return { file, format: 'csv' as const }
  throw new ValueError({
    argument: 'source',
    expected: 'a file whose name ends in .parquet, .csv or .tsv',
    received: JSON.stringify(text),
  })
}

async function assertExists(argument: string, path: string, expected: string) {
  const { stat } = await import('node:fs/promises')
  const found = await stat(path).then(
    (s) => s.isFile(),
    () => false,
  )
  if (!found) {
    throw new ValueError({ argument, expected, received: `${JSON.stringify(path)} (no such file)` })
  }
}

function checkSelection(source: object): { query: string } | { table: string } {
  const { query, table } = source as { query?: unknown; table?: unknown }
  if ((query === undefined) === (table === undefined)) {
    throw new ValueError({
      argument: 'source',
      expected: 'exactly one of query (SQL) and table (a name)',
      received: query === undefined ? 'neither' : 'both',
    })
  }
  return query !== undefined
    ? { query: requiredText('source.query', query) }
    : { table: requiredText('source.table', table) }
}

function requiredText(argument: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ValueError({
      argument,
      expected: 'a non-empty string',
      received: describeValue(value),
    })
  }
  return value
}

function optionalText(argument: string, value: unknown): string | undefined {
  return value === undefined ? undefined : requiredText(argument, value)
}

function optionalField<K extends string>(key: K, value: unknown): { [P in K]?: string } {
  if (value === undefined) return {}
  if (typeof value !== 'string') {
    throw new ValueError({
      argument: `source.${key}`,
      expected: 'a string',
      received: describeValue(value),
    })
  }
  return { [key]: value } as { [P in K]?: string }
}
