import { describeValue, ValueError } from '@d2l-ts/tensor'
import type { Engine, EngineColumn, EngineName } from './engine.js'
import type { InvalidRowPolicy } from './table.js'
import {
  centredProductsQuery,
  countsQuery,
  residualsQuery,
  type UsedColumn,
  upperTriangle,
  useColumns,
  validSumsQuery,
  valuesQuery,
} from './table-sql.js'

/** A column of a {@link DataTable}. */
export interface TableColumn {
  name: string
  /** The engine's type name (`DOUBLE`, `int8`, `Nullable(Float64)`…). */
  type: string
  /** True for a type whose values can be used: numbers, or text (which must hold decimal numbers). */
  usable: boolean
}

/** The columns a computation on a table uses, and its policy for rows with bad values. */
export interface TableColumnsOptions {
  /** The feature columns, in order (the columns of X). */
  features: readonly string[]
  /** The label column (y). */
  target: string
  /**
   * A row whose used columns hold NULL, NaN, ±Infinity or text that is not a decimal number is an error
   * (`'error'`, the default: a ValueError naming each such column and its count of bad rows) or is left
   * out (`'drop'`, counted in `dropped`), decided in SQL by the engine. As in `readCSV`.
   */
  invalid?: InvalidRowPolicy
}

/**
 * The sufficient statistics of least squares for [X, y], computed where the data lives.
 * Index k < d is feature k, index d is the target.
 */
export interface Moments {
  /** The number of rows used. */
  n: number
  /** The number of rows left out by `invalid: 'drop'`. */
  dropped: number
  /** The names of the d + 1 columns: the features in order, then the target. */
  columns: string[]
  /** The d + 1 column means. */
  means: Float64Array
  /**
   * The centred cross-products Σᵢ (vᵢₖ − meanₖ)(vᵢₗ − meanₗ), a symmetric (d + 1) × (d + 1) matrix in
   * row-major order: X'X centred in the top-left d × d block, X'y centred in the last column.
   */
  crossProducts: Float64Array
}

/** Options of {@link DataTable.residuals}. */
export interface ResidualsOptions extends TableColumnsOptions {
  /** θ, one coefficient per feature. */
  coefficients: ArrayLike<number>
  /** The intercept b of r = y − b − Σⱼ θⱼ (xⱼ − cⱼ). */
  intercept: number
  /** c, the point each feature is centred at (such as `moments().means`); zeros by default. */
  center?: ArrayLike<number>
}

/** Sums of the residuals r = y − b − Σⱼ θⱼ (xⱼ − cⱼ) over the table, computed by the engine. */
export interface Residuals {
  /** The number of rows used. */
  n: number
  /** Σᵢ (xᵢⱼ − cⱼ) rᵢ for each feature j: the (negative half) gradient of the squared error. */
  crossProducts: Float64Array
  /** Σᵢ rᵢ. */
  sum: number
  /** Σᵢ rᵢ². */
  sumOfSquares: number
}

/** The element type a chunk's values are read into. */
export type ChunkDType = 'float32' | 'float64'

/** Options of {@link DataTable.chunks}. */
export interface ChunkOptions<D extends ChunkDType = ChunkDType> {
  /** The columns to read, in order: a chunk's row holds their values in this order. */
  columns: readonly string[]
  /** Rows per chunk (the last one may be shorter); 8192 by default. */
  chunkRows?: number
  /** `'float32'` (the default, as tensors) or `'float64'`. */
  dtype?: D
  /** As in {@link TableColumnsOptions.invalid}. */
  invalid?: InvalidRowPolicy
}

/** Rows of a table as one typed array. */
export interface TableChunk<A extends Float32Array | Float64Array = Float32Array | Float64Array> {
  /** The values, row-major, shape [rows, columns.length]. The chunk is the caller's to keep. */
  values: A
  /** The number of rows in this chunk. */
  rows: number
  /** The index of this chunk's first row in the stream (valid rows only). */
  offset: number
  /** The names of the columns, in order. */
  columns: readonly string[]
}

type ArrayOf<D extends ChunkDType> = D extends 'float64' ? Float64Array : Float32Array

/**
 * A table opened by {@link openTable}: rows that stay in their engine (DuckDB over a Parquet or CSV
 * file, PostgreSQL, ClickHouse), with their columns, their count, streamed chunks and aggregates
 * computed where they live. Run one operation at a time, and close the table when done (`close()`,
 * or `await using`).
 *
 * On a ClickHouse `Distributed` table each aggregate runs on the shards and only partial results travel.
 * The SQL uses only `count` and `sum` there: in ClickHouse 18.16 (Debian 12) the compensated aggregates
 * (`sumKahan`, `varPopStable`, `covarPopStable`) corrupt the partial states sent between shards and can
 * crash the receiving server, and `covarPop` is the one-pass formula Σxy − n·x̄ȳ, which cancels
 * catastrophically when the means are large. Centring in SQL with the means of a first pass (two-pass
 * centring) keeps the sums accurate with plain `sum`.
 *
 * @example
 * ```ts
 * import { openTable } from '@d2l-ts/data'
 * // x = 1…5, y = 2x + 1
 * await using table = await openTable({
 *   engine: 'duckdb',
 *   query: 'SELECT x, 2 * x + 1 AS y FROM range(1, 6) AS r(x) ORDER BY x',
 * })
 * table.rowCount // 5
 * table.columns // [{ name: 'x', type: 'BIGINT', usable: true }, { name: 'y', type: 'BIGINT', usable: true }]
 * const { means } = await table.moments({ features: ['x'], target: 'y' }) // Float64Array [3, 7]
 * for await (const chunk of table.chunks({ columns: ['x', 'y'], chunkRows: 4 })) {
 *   chunk.values // Float32Array [1, 3, 2, 5, 3, 7, 4, 9], then [5, 11]: row-major, 2 columns
 * }
 * ```
 */
export class DataTable implements AsyncDisposable {
  /** The engine that holds the rows. */
  readonly engine: EngineName
  /** The columns, in order. */
  readonly columns: readonly TableColumn[]
  /** The number of rows (all of them, before any invalid row is left out). */
  readonly rowCount: number
  readonly #engine: Engine
  readonly #engineColumns: readonly EngineColumn[]
  /** Columns a pass has found free of bad values: later passes neither check nor filter them. */
  readonly #clean = new Set<string>()
  #closed = false

  /** @internal Use {@link openTable}. */
  constructor(engine: Engine, columns: readonly EngineColumn[], rowCount: number) {
    this.#engine = engine
    this.#engineColumns = columns
    this.engine = engine.name
    this.columns = columns.map(({ name, type, kind }) => ({ name, type, usable: kind !== 'other' }))
    this.rowCount = rowCount
  }

  /**
   * The count, means and centred cross-products of the `features` and the `target`, in two passes that
   * the engine runs: counts and sums, then the sums of products of the values centred at the first
   * pass's means. Only (d + 1)(d + 2)/2 + 2(d + 1) + 2 numbers come back; no row leaves the engine. The
   * sums of the centred values (zero but for round-off) correct the means and the products, as in the
   * corrected two-pass algorithm of Chan, Golub and LeVeque (1983).
   *
   * @throws {ValueError} for an unknown column (the message lists the table's), a column that is not
   *   numeric, bad values under `invalid: 'error'`, or no valid rows.
   * @throws {EngineError} when the engine fails a query (its message kept).
   * @example
   * ```ts
   * import { openTable } from '@d2l-ts/data'
   * // x = 1…5, y = 2x + 1
   * await using table = await openTable({
   *   engine: 'duckdb',
   *   query: 'SELECT x, 2 * x + 1 AS y FROM range(1, 6) AS r(x)',
   * })
   * const { n, means, crossProducts } = await table.moments({ features: ['x'], target: 'y' })
   * n // 5
   * means // Float64Array [3, 7]
   * crossProducts // Float64Array [10, 20, 20, 40]
   * ```
   */
  async moments(options: TableColumnsOptions): Promise<Moments> {
    const { used, invalid } = this.#use(options, 'options')
    const engine = this.#open()
    const k = used.length
    const pass1 = numbers(await engine.rows(countsQuery(engine.relation, used, true)), 1 + 2 * k)
    const total = pass1[0] as number
    const dropping = checkInvalid(used, pass1, invalid)
    this.#learn(used, pass1)
    // [count, sum of each column]: pass 1's, or, when rows are to be dropped (pass 1's sums include
    // them), those of the valid rows, summed again.
    const sums = dropping
      ? numbers(await engine.rows(validSumsQuery(engine.relation, used)), 1 + k)
      : Float64Array.of(total, ...pass1.subarray(1 + k))
    const n = sums[0] as number
    if (n === 0) {
      throw new ValueError({
        argument: 'table',
        expected: 'at least one row with numbers in every used column',
        received: `no valid rows: all ${total} were dropped as invalid`,
      })
    }
    const means = Float64Array.from({ length: k }, (_, i) => (sums[1 + i] as number) / n)
    const pass2 = numbers(
      await engine.rows(centredProductsQuery(engine.dialect, engine.relation, used, means)),
      k + (k * (k + 1)) / 2,
    )
    const centredSums = pass2.slice(0, k)
    const crossProducts = new Float64Array(k * k)
    upperTriangle(k).forEach(([i, j], p) => {
      const value =
        (pass2[k + p] as number) - ((centredSums[i] as number) * (centredSums[j] as number)) / n
      crossProducts[i * k + j] = value
      crossProducts[j * k + i] = value
    })
    for (let i = 0; i < k; i++) means[i] = (means[i] as number) + (centredSums[i] as number) / n
    return { n, dropped: total - n, columns: used.map((c) => c.name), means, crossProducts }
  }

  /**
   * Sums of the residuals of given coefficients, computed by the engine in one pass, so that a solver
   * can check and refine its answer where the data lives: with r = y − b − Σⱼ θⱼ (xⱼ − cⱼ), the d sums
   * Σ (xⱼ − cⱼ) r, and Σ r, Σ r². Rows with bad values follow `invalid`, as in {@link moments}.
   *
   * @throws {ValueError} as {@link moments}, and for coefficients or a center of the wrong length or
   *   with non-finite values.
   * @example
   * ```ts
   * import { openTable } from '@d2l-ts/data'
   * await using table = await openTable({
   *   engine: 'duckdb',
   *   query: 'SELECT x, 2 * x + 1 AS y FROM range(1, 6) AS r(x)',
   * })
   * // y − 1 − 2x is 0 on every row
   * const r = await table.residuals({ features: ['x'], target: 'y', coefficients: [2], intercept: 1 })
   * r.sumOfSquares // 0
   * // y − 7 − 1.5 (x − 3) is 0.5 (x − 3): Σ (x − 3) r = 0.5 · 10
   * const s = await table.residuals({
   *   features: ['x'], target: 'y', coefficients: [1.5], intercept: 7, center: [3],
   * })
   * s.crossProducts // Float64Array [5]
   * ```
   */
  async residuals(options: ResidualsOptions): Promise<Residuals> {
    const { used, invalid } = this.#use(options, 'options')
    const d = used.length - 1
    const coefficients = finiteNumbers('options.coefficients', options.coefficients, d)
    const center =
      options.center === undefined
        ? new Float64Array(d)
        : finiteNumbers('options.center', options.center, d)
    if (typeof options.intercept !== 'number' || !Number.isFinite(options.intercept)) {
      throw new ValueError({
        argument: 'options.intercept',
        expected: 'a finite number',
        received: describeValue(options.intercept),
      })
    }
    const engine = this.#open()
    if (invalid === 'error') await this.#checkValid(used)
    const sums = numbers(
      await engine.rows(
        residualsQuery(
          engine.dialect,
          engine.relation,
          used,
          coefficients,
          options.intercept,
          center,
        ),
      ),
      d + 3,
    )
    return {
      n: sums[0] as number,
      crossProducts: sums.slice(1, d + 1),
      sum: sums[d + 1] as number,
      sumOfSquares: sums[d + 2] as number,
    }
  }

  /**
   * Streams the chosen columns in chunks of `chunkRows` rows, each a fresh typed array (row-major,
   * `[rows, columns.length]`) that the caller may keep. Memory stays bounded by a chunk or so: the
   * engine produces the rows as they are read. Rows come in the engine's order. With
   * `invalid: 'error'` (the default), one aggregate pass first checks that no used value is bad.
   *
   * @throws {ValueError} as {@link moments}, and for a `chunkRows` that is not a positive integer.
   * @example
   * ```ts
   * import { openTable } from '@d2l-ts/data'
   * await using table = await openTable({
   *   engine: 'duckdb',
   *   query: 'SELECT x, 2 * x + 1 AS y FROM range(1, 6) AS r(x) ORDER BY x',
   * })
   * for await (const { values, rows } of table.chunks({ columns: ['x', 'y'], chunkRows: 2 })) {
   *   console.log(rows, values) // 2 [1, 3, 2, 5], then 2 [3, 7, 4, 9], then 1 [5, 11]
   * }
   * ```
   */
  async *chunks<D extends ChunkDType = 'float32'>(
    options: ChunkOptions<D>,
  ): AsyncGenerator<TableChunk<ArrayOf<D>>> {
    if (typeof options !== 'object' || options === null) {
      throw new ValueError({
        argument: 'options',
        expected: 'an object with columns',
        received: describeValue(options),
      })
    }
    const { chunkRows = 8192, dtype = 'float32', invalid = 'error' } = options
    if (!Number.isInteger(chunkRows) || chunkRows < 1) {
      throw new ValueError({
        argument: 'options.chunkRows',
        expected: 'a positive integer',
        received: describeValue(chunkRows),
      })
    }
    if (dtype !== 'float32' && dtype !== 'float64') {
      throw new ValueError({
        argument: 'options.dtype',
        expected: "'float32' or 'float64'",
        received: describeValue(dtype),
      })
    }
    checkPolicy(invalid)
    const names = columnNames('options.columns', options.columns)
    const engine = this.#open()
    const used = this.#marked(
      useColumns(
        engine.dialect,
        this.#engineColumns,
        names.map((name) => ({ name, argument: 'options.columns' })),
      ),
    )
    if (invalid === 'error') await this.#checkValid(used)
    const width = used.length
    const Out = dtype === 'float64' ? Float64Array : Float32Array
    let out = new Out(chunkRows * width)
    let filled = 0
    let offset = 0
    for await (const block of engine.stream(
      valuesQuery(engine.relation, used, invalid === 'drop'),
      width,
    )) {
      let from = 0
      while (from < block.length) {
        const take = Math.min(block.length - from, out.length - filled)
        out.set(block.subarray(from, from + take), filled)
        filled += take
        from += take
        if (filled === out.length) {
          yield { values: out as ArrayOf<D>, rows: chunkRows, offset, columns: names }
          offset += chunkRows
          out = new Out(chunkRows * width)
          filled = 0
        }
      }
    }
    if (filled > 0) {
      const rows = filled / width
      yield { values: out.slice(0, filled) as ArrayOf<D>, rows, offset, columns: names }
    }
  }

  /** Closes the table and its engine connection; a closed table refuses every operation. */
  async close(): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    await this.#engine.close()
  }

  /** The same as {@link close}, for `await using`. */
  [Symbol.asyncDispose](): Promise<void> {
    return this.close()
  }

  #open(): Engine {
    if (this.#closed) {
      throw new ValueError({
        argument: 'table',
        expected: 'an open table',
        received: 'a closed one',
      })
    }
    return this.#engine
  }

  #use(options: TableColumnsOptions, argument: string) {
    if (typeof options !== 'object' || options === null) {
      throw new ValueError({
        argument,
        expected: 'an object with features and target',
        received: describeValue(options),
      })
    }
    const features = columnNames(`${argument}.features`, options.features)
    if (typeof options.target !== 'string') {
      throw new ValueError({
        argument: `${argument}.target`,
        expected: 'a column name',
        received: describeValue(options.target),
      })
    }
    if (features.includes(options.target)) {
      throw new ValueError({
        argument: `${argument}.target`,
        expected: 'a column that is not also a feature',
        received: JSON.stringify(options.target),
      })
    }
    const invalid = options.invalid ?? 'error'
    checkPolicy(invalid)
    const engine = this.#open()
    const used = this.#marked(
      useColumns(engine.dialect, this.#engineColumns, [
        ...features.map((name) => ({ name, argument: `${argument}.features` })),
        { name: options.target, argument: `${argument}.target` },
      ]),
    )
    return { used, invalid }
  }

  /** The columns, each marked clean when a pass has found it so. */
  #marked(used: UsedColumn[]): UsedColumn[] {
    return used.map((c) => ({ ...c, clean: this.#clean.has(c.name) }))
  }

  /** Marks the columns whose count of bad values, in `[rows, bad values of each column…]`, is 0. */
  #learn(used: UsedColumn[], counts: Float64Array): void {
    used.forEach((c, i) => {
      if (counts[1 + i] === 0) {
        c.clean = true
        this.#clean.add(c.name)
      }
    })
  }

  /** Under `invalid: 'error'`: throws for bad values in the columns not yet known to be clean. */
  async #checkValid(used: UsedColumn[]): Promise<void> {
    const unchecked = used.filter((c) => !c.clean)
    if (unchecked.length === 0) return
    const engine = this.#open()
    const counts = numbers(
      await engine.rows(countsQuery(engine.relation, unchecked, false)),
      1 + unchecked.length,
    )
    checkInvalid(unchecked, counts, 'error')
    this.#learn(unchecked, counts)
  }
}

/**
 * Applies the invalid-row policy to pass 1's counts, `[rows, invalid rows of each column…]`: throws
 * for no rows, or for invalid ones under `'error'`; otherwise tells whether some rows are to be dropped.
 */
function checkInvalid(
  used: readonly UsedColumn[],
  counts: Float64Array,
  invalid: InvalidRowPolicy,
): boolean {
  const total = counts[0] as number
  if (total === 0) {
    throw new ValueError({ argument: 'table', expected: 'at least one row', received: 'no rows' })
  }
  const bad = used
    .map((c, i) => ({ column: c, count: counts[1 + i] as number }))
    .filter(({ count }) => count > 0)
  if (invalid === 'error' && bad.length > 0) {
    const first = bad[0] as (typeof bad)[number]
    throw new ValueError(
      {
        argument: first.column.argument,
        expected: 'a finite number in every row of the used columns',
        received: bad
          .map(
            ({ column, count }) =>
              `${count} of ${total} rows of column ${JSON.stringify(column.name)} hold NULL, NaN, ±Infinity or text that is not a number`,
          )
          .join('; '),
      },
      "Fix the data, or pass invalid: 'drop' to leave such rows out.",
    )
  }
  return bad.length > 0
}

function checkPolicy(invalid: unknown): asserts invalid is InvalidRowPolicy {
  if (invalid !== 'error' && invalid !== 'drop') {
    throw new ValueError({
      argument: 'options.invalid',
      expected: "'error' or 'drop'",
      received: describeValue(invalid),
    })
  }
}

function columnNames(argument: string, names: unknown): string[] {
  if (!Array.isArray(names) || names.length === 0 || !names.every((n) => typeof n === 'string')) {
    throw new ValueError({
      argument,
      expected: 'a non-empty array of column names',
      received: describeValue(names),
    })
  }
  const repeated = names.find((n, i) => names.indexOf(n) !== i)
  if (repeated !== undefined) {
    throw new ValueError({
      argument,
      expected: 'distinct column names',
      received: `${JSON.stringify(repeated)} twice`,
    })
  }
  return [...names]
}

function finiteNumbers(argument: string, values: unknown, length: number): Float64Array {
  const array =
    values !== null && typeof values === 'object' && 'length' in values
      ? Float64Array.from(values as ArrayLike<number>)
      : undefined
  if (array === undefined || array.length !== length || !array.every(Number.isFinite)) {
    throw new ValueError({
      argument,
      expected: `${length} finite numbers, one per feature`,
      received: describeValue(values),
    })
  }
  return array
}

/** The numbers of a one-row result, whatever type the engine's client gave them (bigint, text). */
function numbers(rows: unknown[][], count: number): Float64Array {
  const row = rows[0] ?? []
  const out = new Float64Array(count)
  for (let i = 0; i < count; i++) {
    const value = row[i]
    // A sum over no rows is NULL in SQL; it only happens when the count is 0, which callers check.
    out[i] = value === null || value === undefined ? 0 : Number(value)
  }
  return out
}
