// The ClickHouse adapter, through `@clickhouse/client` (HTTP). Tested with ClickHouse 18.16 (Debian 12),
// which the client reaches without `query_params`: every name and literal is quoted here instead.
// Aggregates over a Distributed table run on its shards; table-sql.ts keeps to count and sum, the
// aggregates whose partial states 18.16 merges correctly (see DataTable's documentation).
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

// In ClickHouse string literals and quoted names a backslash escapes the next character.
const backslashEscape = (text: string, quote: string) =>
  text.replaceAll('\\', '\\\\').replaceAll(quote, `\\${quote}`)

const dialect: SqlDialect = {
  aggregatesSeeThroughSubqueries: false,
  identifier: (name) => `\`${backslashEscape(name, '`')}\``,
  string: (text) => `'${backslashEscape(text, "'")}'`,
  // 18.16 parses some decimal texts one unit in the last place off (measured: 6 of 8000 random
  // doubles), so a literal is the value's eight bytes instead, which it reads back exactly.
  float64: (value) => `reinterpretAsFloat64(unhex('${littleEndianHex(value)}'))`,
  toFloat64: (expression) => `toFloat64(${expression})`,
  isFinite: (expression) => `isFinite(${expression})`,
  isDecimalText: (expression) =>
    `match(${expression}, ${dialect.string(`^\\s*${DECIMAL_PATTERN.slice(1, -1)}\\s*$`)})`,
  // ClickHouse evaluates every branch of a conditional, so the conversion must not raise on text
  // that is not a number: the OrZero form gives 0 there (and such rows are never used).
  textToFloat64: (expression) =>
    `toFloat64OrZero(replaceRegexpAll(${expression}, ${dialect.string('^\\s+|\\s+$')}, ''))`,
}

export interface ClickHouseLocation {
  url: string
  username?: string
  password?: string
  database?: string
  query?: string
  table?: string
  connectTimeoutMs: number
  /** Tags the library's queries (query_id prefix), so that they can be found in system.query_log. */
  queryIdPrefix: string
}

export async function openClickHouse(location: ClickHouseLocation): Promise<Engine> {
  const { createClient } = await loadClient<typeof import('@clickhouse/client')>('clickhouse')
  const address = addressOf(location.url)
  const client = createClient({
    url: location.url,
    ...(location.username !== undefined && { username: location.username }),
    ...(location.password !== undefined && { password: location.password }),
    ...(location.database !== undefined && { database: location.database }),
  })
  const fail = (what: string, error: unknown): never => {
    throw new EngineError('clickhouse', `clickhouse at ${address}: ${what}: ${messageOf(error)}`, {
      cause: error,
    })
  }
  const queryId = () => `${location.queryIdPrefix}${crypto.randomUUID()}`
  // A first query proves the server is there and takes the credentials (its ping endpoint does not
  // check them), within the connect timeout.
  try {
    await client
      .query({
        query: 'SELECT 1',
        format: 'JSONCompact',
        query_id: queryId(),
        abort_signal: AbortSignal.timeout(location.connectTimeoutMs),
      })
      .then((result) => result.json())
  } catch (error) {
    await client.close().catch(() => {})
    const code = (error as { code?: string }).code
    const timedOut =
      (error as { name?: string }).name === 'AbortError' || /abort/i.test(messageOf(error))
    fail(
      timedOut
        ? `cannot connect within ${location.connectTimeoutMs} ms`
        : `cannot connect${code ? ` (${code})` : ''}`,
      error,
    )
  }
  const relation =
    location.query !== undefined
      ? `(${location.query})`
      : qualifiedName(dialect, location.table as string)

  const compact = async (sql: string) => {
    try {
      const result = await client.query({ query: sql, format: 'JSONCompact', query_id: queryId() })
      return await result.json<unknown[]>()
    } catch (error) {
      return fail('the query failed', error)
    }
  }

  return {
    name: 'clickhouse',
    dialect,
    relation,
    async describe() {
      const { meta = [] } = await compact(`SELECT * FROM ${relation} LIMIT 0`)
      return meta.map(({ name, type }) => ({ name, type, kind: kindOf(type) }))
    },
    async rows(sql) {
      return (await compact(sql)).data as unknown[][]
    },
    async *stream(sql, width) {
      let result: Awaited<ReturnType<typeof client.query>>
      try {
        result = await client.query({
          query: sql,
          format: 'TabSeparated',
          query_id: queryId(),
        })
      } catch (error) {
        fail('the query failed', error)
        return
      }
      // TabSeparated: 18.16 has no JSONCompactEachRow. Floats print as the shortest text that reads
      // back exactly, and the values are all finite (bad ones are dropped or refused before).
      for await (const rows of result.stream()) {
        const block = new Float64Array(rows.length * width)
        rows.forEach((row, i) => {
          const fields = row.text.split('\t')
          for (let j = 0; j < width; j++) block[i * width + j] = Number(fields[j])
        })
        yield block
      }
    },
    async close() {
      await client.close()
    },
  }
}

function littleEndianHex(value: number): string {
  const view = new DataView(new ArrayBuffer(8))
  view.setFloat64(0, value, true)
  return Array.from(new Uint8Array(view.buffer), (b) => b.toString(16).padStart(2, '0')).join('')
}

function kindOf(type: string): ColumnKind {
  const bare = type
    .replace(/^(Nullable|LowCardinality)\((.*)\)$/, '$2')
    .replace(/^(Nullable|LowCardinality)\((.*)\)$/, '$2')
  if (/^U?Int(8|16|32|64)$|^Decimal/.test(bare)) return 'exact'
  if (bare === 'Float32' || bare === 'Float64') return 'float'
  if (bare === 'String' || /^FixedString/.test(bare)) return 'text'
  return 'other'
}

/** host:port of the server URL, for messages. */
function addressOf(url: string): string {
  try {
    const parsed = new URL(url)
    return `${parsed.hostname}:${parsed.port || (parsed.protocol === 'https:' ? '8443' : '8123')}`
  } catch {
    return url
  }
}
