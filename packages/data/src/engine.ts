// Internal: what a table needs from a SQL engine. Each engine is one small adapter file
// (engine-duckdb.ts, engine-postgres.ts, engine-clickhouse.ts) that implements this interface; the
// table (data-table.ts) and its SQL (table-sql.ts) are written once against it.
import { EngineError } from '@d2l-ts/tensor'

// The engines' error, from the one family of @d2l-ts/errors; re-exported for the adapters.
export { EngineError }

/** The engines a table can live in. */
export type EngineName = 'duckdb' | 'postgres' | 'clickhouse'

/** How a column's values become numbers, decided from its type in the engine: integers and decimals
 * (`exact`, never NaN), floats (which may hold NaN or ±Infinity), text, or anything else (unusable). */
export type ColumnKind = 'exact' | 'float' | 'text' | 'other'

/** One column as the engine describes it. */
export interface EngineColumn {
  name: string
  /** The engine's own type name (`DOUBLE`, `int8`, `Nullable(Float64)`). */
  type: string
  kind: ColumnKind
}

/** The few SQL spellings that differ between engines. Every piece of text is quoted here. */
export interface SqlDialect {
  /**
   * True when an aggregate over a subquery still runs where the data is (one engine, one process):
   * then shared subexpressions are named once in a subquery. False for ClickHouse, whose subqueries
   * over a Distributed table would bring every row to the server that was asked.
   */
  aggregatesSeeThroughSubqueries: boolean
  /** A quoted identifier: whatever `name` holds, it stays one name. */
  identifier(name: string): string
  /** A quoted string literal: whatever `text` holds, it stays one literal. */
  string(text: string): string
  /** A float64 literal with exactly this value. */
  float64(value: number): string
  /** `expression` (a number) as float64. */
  toFloat64(expression: string): string
  /** True where the float `expression` is neither NaN nor ±Infinity. */
  isFinite(expression: string): string
  /** True where the text `expression` is a plain decimal number, as `parseCell` accepts it. */
  isDecimalText(expression: string): string
  /** The text `expression` as float64; never raises, whatever the text (its result is only used
   * where `isDecimalText` holds). */
  textToFloat64(expression: string): string
}

/** An open connection to the data, with the relation (`FROM` item) that holds the rows. */
export interface Engine {
  readonly name: EngineName
  readonly dialect: SqlDialect
  /** A `FROM` item: a quoted table name, a file reader, or the caller's query in parentheses. */
  readonly relation: string
  /** The relation's columns, in order. */
  describe(): Promise<EngineColumn[]>
  /** Runs a query whose result is small (a few rows) and returns its rows. */
  rows(sql: string): Promise<unknown[][]>
  /** Runs a query whose `width` columns are all float64 and yields its rows in row-major blocks. */
  stream(sql: string, width: number): AsyncIterable<Float64Array>
  close(): Promise<void>
}

/** The text of an error thrown by a client library. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** The client package each engine needs, with the version range that d2l-ts is tested with. */
export const ENGINE_PACKAGES: Record<EngineName, { package: string; version: string }> = {
  duckdb: { package: '@duckdb/node-api', version: '1.5.6-r.1' },
  postgres: { package: 'pg', version: '8' },
  clickhouse: { package: '@clickhouse/client', version: '1' },
}

/**
 * Imports an engine's optional client package by name. The name is not a literal, so that bundlers of
 * a browser build leave these server-side packages alone. A missing package is an EngineError that
 * says what to install, worded as tensor's BackendError for a missing tfjs backend.
 *
 * @param load how to import it (for tests); by default, `import()` of the package's name.
 */
export async function loadClient<T>(
  engine: EngineName,
  load: () => Promise<unknown> = () =>
    import(/* @vite-ignore */ /* webpackIgnore: true */ ENGINE_PACKAGES[engine].package),
): Promise<T> {
  try {
    return (await load()) as T
  } catch (error) {
    const { package: name, version } = ENGINE_PACKAGES[engine]
    const reason = isMissingModule(error)
      ? `its package is not installed: run npm i ${name}@${version}`
      : `loading ${name} failed: ${messageOf(error)}`
    throw new EngineError(engine, `the ${engine} engine is not available: ${reason}.`, {
      cause: error,
    })
  }
}

function isMissingModule(error: unknown): boolean {
  const text = `${(error as { code?: string })?.code ?? ''} ${messageOf(error)}`
  return /ERR_MODULE_NOT_FOUND|MODULE_NOT_FOUND|Cannot find (module|package)/i.test(text)
}

// The decimal numbers that parseCell (table.ts) accepts, for engines to match in SQL. Anchored; the
// engines trim surrounding white space first or allow it in the pattern.
export const DECIMAL_PATTERN = '^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?$'

/** A table name, optionally qualified (`schema.table`, `db.table`), as quoted identifiers. */
export function qualifiedName(dialect: SqlDialect, table: string): string {
  return table.split('.').map(dialect.identifier).join('.')
}
