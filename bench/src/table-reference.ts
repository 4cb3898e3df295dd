// W4/W5's float64 answer: least squares with an intercept on the Parquet file, computed by the bench
// from the rows themselves (streamed out of DuckDB), independently of the package under test and of
// DuckDB's own arithmetic. Computed once per file and cached beside it (table-dataset.ts).
import type { DuckDBConnection } from '@duckdb/node-api'
import { solveCentred } from './centred-system.js'
import { CompensatedSums } from './compensated-sums.js'
import { float64Rows, parquet, sqlName } from './duckdb.js'
import type { LinearFit } from './problem.js'

/** A table read from the start on each call: row-major blocks of d feature values, then y. */
export type RowBlocks = () => AsyncIterable<Float64Array>

/**
 * Least squares with an intercept over two passes of `blocks`: compensated column sums for the means,
 * then compensated sums of the centred values and of their pairwise products. The centre is the first
 * pass's means, which round-off leaves slightly off; the sums of the centred values measure how far
 * (δ), and Σ(v − c)(v − c)ᵀ − nδδᵀ is the exactly centred matrix (the corrected two-pass algorithm of
 * Chan, Golub and LeVeque, 1983), with the means c + δ. The d × d system is then solved in float64.
 */
export async function streamedLeastSquares(blocks: RowBlocks, d: number): Promise<LinearFit> {
  const width = d + 1
  const sums = new CompensatedSums(width)
  let n = 0
  for await (const block of blocks()) {
    for (let row = 0; row < block.length; row += width) {
      for (let j = 0; j < width; j++) sums.add(j, block[row + j] as number)
    }
    n += block.length / width
  }
  const centre = Float64Array.from({ length: width }, (_, j) => sums.total(j) / n)

  const pairs = (width * (width + 1)) / 2
  const centred = new CompensatedSums(width)
  // The upper triangle of the (d + 1) × (d + 1) products, row by row.
  const products = new CompensatedSums(pairs)
  const v = new Float64Array(width)
  for await (const block of blocks()) {
    for (let row = 0; row < block.length; row += width) {
      for (let j = 0; j < width; j++) {
        v[j] = (block[row + j] as number) - (centre[j] as number)
        centred.add(j, v[j] as number)
      }
      let k = 0
      for (let j = 0; j < width; j++) {
        const vj = v[j] as number
        for (let l = j; l < width; l++) products.add(k++, vj * (v[l] as number))
      }
    }
  }
  const delta = Float64Array.from({ length: width }, (_, j) => centred.total(j) / n)
  const upper = new Float64Array(pairs)
  let k = 0
  for (let j = 0; j < width; j++) {
    for (let l = j; l < width; l++, k++) {
      upper[k] = products.total(k) - n * (delta[j] as number) * (delta[l] as number)
    }
  }
  const means = centre.map((c, j) => c + (delta[j] as number))
  return solveCentred(means, upper, d)
}

/** {@link streamedLeastSquares} of a Parquet file's `features` against `target`, read through DuckDB. */
export function parquetReference(
  connection: DuckDBConnection,
  path: string,
  features: readonly string[],
  target: string,
): Promise<LinearFit> {
  const columns = [...features, target].map(sqlName).join(', ')
  const sql = `SELECT ${columns} FROM ${parquet(path)}`
  return streamedLeastSquares(
    () => float64Rows(connection, sql, features.length + 1),
    features.length,
  )
}
