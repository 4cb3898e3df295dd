// The PostgreSQL adapter, through `pg`. Aggregates run in the server (as parallel partial aggregates
// where the planner chooses); rows stream through a server-side cursor, a bounded number at a time.
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
  // With standard_conforming_strings (on by default since PostgreSQL 9.1) a backslash is an ordinary
  // character; the E'' form would make it an escape, so it is never used.
  string: (text) => `'${text.replaceAll("'", "''")}'`,
  float64: (value) => `CAST('${String(value)}' AS double precision)`,
  toFloat64: (expression) => `CAST(${expression} AS double precision)`,
  // PostgreSQL compares NaN equal to itself, so NOT IN catches it along with the infinities.
  isFinite: (expression) =>
    `${expression} NOT IN ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8)`,
  isDecimalText: (expression) => `trim(${expression}) ~ '${DECIMAL_PATTERN}'`,
  // A cast of text that is not a number raises in PostgreSQL, so it is guarded by the same test.
  textToFloat64: (expression) =>
    `CAST(CASE WHEN trim(${expression}) ~ '${DECIMAL_PATTERN}' THEN trim(${expression}) END AS double precision)`,
}

export interface PostgresLocation {
  connectionString: string
  query?: string
  table?: string
  connectTimeoutMs: number
  /** Rows per FETCH from the cursor. */
  fetchRows: number
}

export async function openPostgres(location: PostgresLocation): Promise<Engine> {
  const pg = await loadClient<typeof import('pg')>('postgres')
  const Client = pg.default?.Client ?? (pg as unknown as typeof pg.default).Client
  const client = new Client({
    connectionString: location.connectionString,
    connectionTimeoutMillis: location.connectTimeoutMs,
  })
  const address = addressOf(location.connectionString)
  // An idle connection that the server drops emits 'error'; without a listener Node would crash.
  client.on('error', () => {})
  try {
    await client.connect()
  } catch (error) {
    await client.end().catch(() => {})
    const code = (error as { code?: string }).code
    throw new EngineError(
      'postgres',
      `postgres at ${address}: cannot connect${code ? ` (${code})` : ''}: ${messageOf(error)}`,
      { cause: error },
    )
  }
  const relation =
    location.query !== undefined
      ? `(${location.query}) AS source`
      : qualifiedName(dialect, location.table as string)

  const run = async (sql: string) => {
    try {
      return await client.query({ text: sql, rowMode: 'array' })
    } catch (error) {
      throw new EngineError(
        'postgres',
        `postgres at ${address}: the query failed: ${messageOf(error)}`,
        {
          cause: error,
        },
      )
    }
  }

  return {
    name: 'postgres',
    dialect,
    relation,
    async describe() {
      const { fields } = await run(`SELECT * FROM ${relation} LIMIT 0`)
      const oids = [...new Set(fields.map((f) => f.dataTypeID))]
      const { rows } = await run(
        `SELECT oid::int, format_type(oid, NULL), typcategory FROM pg_type WHERE oid IN (${oids.map(Number).join(', ') || 'NULL'})`,
      )
      const types = new Map(
        rows.map(([oid, name, category]) => [
          Number(oid),
          { name: String(name), category: String(category) },
        ]),
      )
      return fields.map((f) => {
        const type = types.get(f.dataTypeID) ?? { name: `oid ${f.dataTypeID}`, category: 'X' }
        return { name: f.name, type: type.name, kind: kindOf(type.name, type.category) }
      })
    },
    async rows(sql) {
      return (await run(sql)).rows
    },
    async *stream(sql, width) {
      await run('BEGIN READ ONLY')
      try {
        await run(`DECLARE d2l_rows NO SCROLL CURSOR FOR ${sql}`)
        for (;;) {
          const { rows } = await run(`FETCH FORWARD ${location.fetchRows} FROM d2l_rows`)
          if (rows.length === 0) break
          const block = new Float64Array(rows.length * width)
          rows.forEach((row: unknown[], i: number) => {
            for (let j = 0; j < width; j++) block[i * width + j] = row[j] as number
          })
          yield block
        }
      } finally {
        await client.query('ROLLBACK').catch(() => {})
      }
    },
    async close() {
      await client.end()
    },
  }
}

function kindOf(type: string, category: string): ColumnKind {
  // numeric holds NaN (and, since PostgreSQL 14, ±Infinity) as the floats do.
  if (type === 'real' || type === 'double precision' || type === 'numeric') return 'float'
  // Category N: the other numeric types (integers; money is a category of its own).
  if (category === 'N') return 'exact'
  if (category === 'S') return 'text'
  return 'other'
}

/** host:port of a connection string, for messages (never its password). */
function addressOf(connectionString: string): string {
  try {
    const url = new URL(connectionString)
    return `${url.hostname || 'localhost'}:${url.port || '5432'}`
  } catch {
    return 'the server of the connection string'
  }
}
