import type { DataTable, Moments } from '@d2l-ts/data'
import { interceptCovariance } from './intercept-covariance.js'
import type { LeastSquaresFit } from './least-squares-fit.js'
import { tableChanged } from './pushdown-least-squares.js'
import { QrAccumulator } from './qr-accumulator.js'
import { qrLeastSquares } from './qr-least-squares.js'
import type { TableProblem } from './table-least-squares.js'

/** Rows per streamed chunk: each merge factors (d + 1 + CHUNK_ROWS) × (d + 1) numbers. */
const CHUNK_ROWS = 4096

/**
 * Least squares by QR of a table's rows, streamed: for designs the normal equations cannot solve to
 * float64 accuracy. Each chunk of [X − x̄, y − ȳ] (centred at the moments' means; without an
 * intercept, [X, y] as they are) is merged into a running R factor ({@link QrAccumulator}, TSQR), so
 * memory stays at a chunk and a (d + 1)² factor whatever the row count. Then
 * min ‖R·[w; −1]‖ = min ‖[X, y]·[w; −1]‖: the least-squares problem on R's d + 1 rows has the same
 * solution, residual sum of squares and XᵀX as the table's, and the certified QR solver
 * ({@link qrLeastSquares}: pivoting, rank decisions, refinement, ridge) solves it.
 *
 * Centring in float64 changes each value by at most half an ulp of its distance to the mean, a
 * perturbation no larger than QR's own backward error, and it takes the intercept out of the
 * conditioning (as in Longley's or Wampler's data, whose columns sit far from zero).
 *
 * @param note why this path was taken, kept on the fit for `summary()`.
 * @throws {RankDeficientError} without ridge, when a column depends on the others.
 */
export async function streamedQrLeastSquares(
  table: DataTable,
  { features, target, ridge, intercept }: TableProblem,
  { n, means }: Moments,
  note: string,
): Promise<LeastSquaresFit> {
  const d = features.length
  const k = d + 1
  const center = intercept ? means : new Float64Array(k)
  const accumulator = new QrAccumulator(k)
  // As in the pushdown passes: moments() has checked the values, and 'drop' leaves nothing out.
  for await (const { values } of table.chunks({
    columns: [...features, target],
    dtype: 'float64',
    chunkRows: CHUNK_ROWS,
    invalid: 'drop',
  })) {
    for (let i = 0; i < values.length; i++)
      values[i] = (values[i] as number) - (center[i % k] as number)
    accumulator.add(values)
  }
  if (accumulator.rowCount !== n) throw tableChanged(table.engine, n, accumulator.rowCount)

  const R = accumulator.R()
  const X = new Float64Array(k * d)
  const y = new Float64Array(k)
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < d; j++) X[i * d + j] = R[i * k + j] as number
    y[i] = R[i * k + d] as number
  }
  const fit = qrLeastSquares(
    { rows: k, cols: d, data: X },
    { rows: k, cols: 1, data: y },
    { ridge, intercept: false },
  )
  const slopes = fit.coefficients
  const xMeans = means.subarray(0, d)
  let b = 0
  if (intercept) {
    b = means[d] as number
    for (let j = 0; j < d; j++) b -= (xMeans[j] as number) * (slopes[j] as number)
  }
  return {
    ...fit,
    intercept: Float64Array.of(b),
    method: 'tsqr',
    note: `solved by QR of the streamed rows (TSQR), because ${note}`,
    covariance: () =>
      intercept ? interceptCovariance(fit.covariance(), xMeans.slice(), n) : fit.covariance(),
  }
}
