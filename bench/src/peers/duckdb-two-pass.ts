// Peer for W4: what a user would write by hand with DuckDB alone. Two aggregate queries over the
// Parquet file — the count and the means, then the sums of the products of the values centred at
// those means — and the small centred system solved in JavaScript. Only numbers come back.
import { solveCentred } from '../centred-system.js'
import { parquet, sqlName, withDuckDB } from '../duckdb.js'
import type { ImplementationModule, LinearFit, TableDataset } from '../problem.js'

/**
 * One fit, timed whole: a fresh in-memory DuckDB opened, both passes, the solve, DuckDB closed (as
 * d2l-ts's run opens, fits and closes its table). The means go into the second query as bound DOUBLE
 * parameters, so no digit is lost to a literal.
 */
export const tableClosedForm: ImplementationModule['tableClosedForm'] = async (table) => ({
  run: () => twoPassFit(table),
  dispose: () => {},
})

async function twoPassFit({ path, features, target }: TableDataset): Promise<LinearFit> {
  const columns = [...features, target].map(sqlName)
  const d = features.length
  return withDuckDB(async (connection) => {
    const first = await connection.runAndReadAll(
      `SELECT count(*), ${columns.map((c) => `avg(${c})`).join(', ')} FROM ${parquet(path)}`,
    )
    const [count, ...means] = (first.getRows()[0] ?? []).map(Number)
    if (!count) throw new Error(`duckdb-two-pass: no rows in ${path}`)
    // Σ (a − ā)(b − b̄) for every pair a ≤ b of [x…, y], row by row of the upper triangle.
    const centred = columns.map((c, j) => `(${c} - $${j + 1})`)
    const products: string[] = []
    for (let j = 0; j <= d; j++)
      for (let l = j; l <= d; l++) products.push(`sum(${centred[j]} * ${centred[l]})`)
    const second = await connection.runAndReadAll(
      `SELECT ${products.join(', ')} FROM ${parquet(path)}`,
      means,
    )
    return solveCentred(means, second.getRows()[0]?.map(Number) ?? [], d)
  })
}
