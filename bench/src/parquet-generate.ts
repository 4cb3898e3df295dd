// W4/W5's data: y = Xw + b + ε with X's columns drawn from N(mean, scale²) and ε ~ N(0, noise²),
// written by DuckDB straight into a float64 Parquet file, so that a gigabyte never passes through
// JavaScript. Every value is a function of (row, column, seed) only — a hash of the three as a
// uniform, two uniforms to two normals by Box–Muller — so the file is the same whatever the number of
// threads that write it, and DuckDB keeps the rows in order (preserve_insertion_order).
import type { DuckDBConnection } from '@duckdb/node-api'
import { parquet, sqlDouble, sqlName, sqlString } from './duckdb.js'
import type { TableCase } from './workload.js'

/** The column that holds y. */
export const TARGET = 'y'

/** x1 … xd, the feature columns in order. */
export function featureNames(d: number): string[] {
  return Array.from({ length: d }, (_, j) => `x${j + 1}`)
}

/**
 * A uniform on (0, 1) from DuckDB's 64-bit hash of (row, stream, seed): its top 53 bits, offset by
 * half a step so that the logarithm of Box–Muller never sees 0.
 */
function uniform(stream: number, seed: number): string {
  return `((hash(i, ${stream}, ${seed}) >> 11)::DOUBLE + 0.5) / ${sqlDouble(2 ** 53)}`
}

/** The SQL that writes case `c` to `path`: columns x1 … xd, then y, all DOUBLE. */
export function generationSql(c: TableCase, path: string): string {
  const features = featureNames(c.d)
  // d + 1 standard normals per row (the features' and the noise's), two per Box–Muller pair.
  const pairs = Math.ceil((c.d + 1) / 2)
  const polar = Array.from(
    { length: pairs },
    (_, p) =>
      `sqrt(-2 * ln(${uniform(2 * p, c.seed)})) AS r${p}, 2 * pi() * ${uniform(2 * p + 1, c.seed)} AS t${p}`,
  )
  const normal = (k: number) => `r${k >> 1} * ${k % 2 === 0 ? 'cos' : 'sin'}(t${k >> 1})`
  const scaled = features.map(
    (name, j) =>
      `${sqlDouble(c.means[j] as number)} + ${sqlDouble(c.scales[j] as number)} * ${normal(j)} AS ${sqlName(name)}`,
  )
  const label = [
    sqlDouble(c.truth.b),
    ...features.map((name, j) => `${sqlDouble(c.truth.w[j] as number)} * ${sqlName(name)}`),
    `${sqlDouble(c.noiseStd)} * noise`,
  ].join(' + ')
  return `COPY (
  SELECT ${features.map(sqlName).join(', ')}, ${label} AS ${sqlName(TARGET)}
  FROM (
    SELECT ${scaled.join(', ')}, ${normal(c.d)} AS noise
    FROM (SELECT ${polar.join(', ')} FROM range(${c.n}) AS rows(i))
  )
) TO ${sqlString(path)} (FORMAT parquet)`
}

/** Writes case `c` to the Parquet file `path`. */
export async function generateParquet(
  connection: DuckDBConnection,
  c: TableCase,
  path: string,
): Promise<void> {
  await connection.run(generationSql(c, path))
  const reader = await connection.runAndReadAll(`SELECT count(*) FROM ${parquet(path)}`)
  const rows = Number(reader.getRows()[0]?.[0])
  if (rows !== c.n) throw new Error(`generateParquet: wrote ${rows} rows, expected ${c.n}`)
}
