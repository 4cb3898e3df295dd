import type { DataTable, InvalidRowPolicy, Moments } from '@d2l-ts/data'
import { ValueError } from '@d2l-ts/tensor'
import type { LeastSquaresFit } from './least-squares-fit.js'
import { pushdownLeastSquares } from './pushdown-least-squares.js'
import { streamedQrLeastSquares } from './streamed-qr-least-squares.js'

/** A least-squares problem posed on a table's columns, already checked. */
export interface TableProblem {
  features: readonly string[]
  target: string
  invalid: InvalidRowPolicy
  ridge: number
  intercept: boolean
}

/** A table's least-squares fit, with what inference needs besides it. */
export interface TableFit {
  fit: LeastSquaresFit
  /** Rows used (after `invalid: 'drop'`). */
  n: number
  /** Total sum of squares of the target: about its mean with an intercept, about 0 without. */
  tss: Float64Array
}

/**
 * Least squares on a table's columns, solved where the data lives: the one place that chooses
 * between the two table paths.
 *
 * 1. The engine computes the count, the means and the centred cross-products of [X, y] in two passes
 *    (`table.moments`). Only (d + 1)(d + 2)/2 + d + 2 numbers come back.
 * 2. **Pushdown** ({@link pushdownLeastSquares}): the normal equations from those statistics, refined
 *    by residual passes that the engine computes. Kept when the design's condition number is at most
 *    `PUSHDOWN_MAX_CONDITION` and the refinement converges; no row leaves the engine.
 * 3. **TSQR** ({@link streamedQrLeastSquares}) otherwise: the rows are streamed in chunks and their R
 *    factors merged, and the small system is solved by the certified QR solver. Its fit carries a
 *    `note` that says why it was taken.
 *
 * @throws {ValueError} without ridge, for fewer valid rows than parameters.
 * @throws {RankDeficientError} without ridge, when a column depends on the others (decided by QR).
 * @throws the table's ValueError or EngineError (bad values, unknown columns, a failing query).
 */
export async function tableLeastSquares(
  table: DataTable,
  problem: TableProblem,
): Promise<TableFit> {
  const { features, target, invalid, intercept } = problem
  const moments = await table.moments({ features, target, invalid })
  const parameters = features.length + (intercept ? 1 : 0)
  if (problem.ridge === 0 && moments.n < parameters) {
    throw new ValueError({
      argument: 'table',
      expected: `at least ${parameters} valid rows (${intercept ? 'features + 1' : 'features'}) for a unique solution, or options.ridge > 0`,
      received: `${moments.n} rows`,
    })
  }
  const tss = Float64Array.of(targetSumOfSquares(moments, intercept))
  const pushed = await pushdownLeastSquares(table, problem, moments)
  const fit =
    'fallback' in pushed
      ? await streamedQrLeastSquares(table, problem, moments, pushed.fallback)
      : pushed
  return { fit, n: moments.n, tss }
}

/** Σ(y − ȳ)² with an intercept, Σy² without (as R and NIST define R² through the origin). */
function targetSumOfSquares({ n, means, crossProducts }: Moments, intercept: boolean): number {
  const d = means.length - 1
  const centred = crossProducts[d * (d + 1) + d] as number
  return intercept ? centred : centred + n * (means[d] as number) ** 2
}
