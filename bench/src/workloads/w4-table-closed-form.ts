import type { TableWorkload } from '../workload.js'
import { IN_MEMORY_ONLY, tableCase } from './table-case.js'

/**
 * W4: least squares with an intercept on a 1 GiB float64 Parquet file, the statistics computed by
 * DuckDB where the file is: `fitClosedForm(table, …)` against the same two passes written by hand.
 */
export const w4TableClosedForm: TableWorkload = {
  id: 'W4',
  title: 'closed form on a Parquet file: 15 float64 features, the rows staying in DuckDB',
  kind: 'table-closed-form',
  cases: (mode) => [tableCase(mode)],
  implementations: ['d2l-ts', 'duckdb-two-pass'],
  notApplicable: IN_MEMORY_ONLY,
  check: () => ({ kind: 'closed-form', maxVsReference: 1e-8 }),
  warmup: 0,
  warmupSeconds: 0,
  repeat: 5,
  minTimedSeconds: 0,
  skip: () => ({}),
  timeoutSeconds: (mode) => (mode === 'quick' ? 60 : 400),
  judgesMemory: true,
}
