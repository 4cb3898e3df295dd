import type { DataTable, Moments } from '@d2l-ts/data'
import { EngineError } from '@d2l-ts/tensor'
import { factorGram, type GramFactor, RankDeficientError } from './gram-factor.js'
import { interceptCovariance, inverseOf } from './intercept-covariance.js'
import type { LeastSquaresFit } from './least-squares-fit.js'
import type { TableProblem } from './table-least-squares.js'

/**
 * The largest condition number of the (column-scaled) design for which the pushdown path answers.
 * Refinement with float64 residuals leaves an error of about ε·κ² (the normal equations square the
 * condition number), so κ ≤ 1e3 keeps the answer within about 1e-10 of QR's, as on the in-memory
 * Gram path.
 */
export const PUSHDOWN_MAX_CONDITION = 1e3

/**
 * Without ridge, a pivot of the unit-diagonal Gram matrix below this (an R² above 1 − 1e-6 of one
 * column on the others) leaves the decision to QR: the Gram matrix cannot tell such columns from
 * dependent ones.
 */
const MIN_PIVOT = 1e-6

/** Refinement stops once the next correction would change no entry by more than this, relatively. */
const CONVERGED = 1e-13

/** Residual passes allowed before leaving the problem to streamed QR. */
const MAX_PASSES = 4

/** Why the pushdown path gave the problem to streamed QR. */
export interface PushdownFallback {
  fallback: string
}

/**
 * Least squares from statistics the engine computes: the normal equations (XcᵀXc + λI)·w = Xcᵀyc
 * from `table.moments`' centred cross-products, then iterative refinement in which each pass is one
 * aggregate query (`table.residuals`) returning Σ(x − x̄)·r, Σr and Σr² at the current answer; the
 * corrections are solved with the same factor. Every pass is computed by the engine, so no row leaves
 * it, and each returns d + 3 numbers.
 *
 * The first correction is accepted alone when an a-priori bound on the rate at which corrections
 * shrink (κ²·d·n·ε, from the worst-case error of the engine's float64 sums) shows that the next one
 * would be below {@link CONVERGED}; otherwise the measured rate decides, as on the in-memory Gram
 * path. Σr² at the answer follows from the last pass's sums without another pass.
 *
 * @returns the fit, or why the problem needs streamed QR: a condition number above
 *   {@link PUSHDOWN_MAX_CONDITION}, nearly dependent columns, or a refinement that does not converge.
 */
export async function pushdownLeastSquares(
  table: DataTable,
  { features, target, ridge, intercept }: TableProblem,
  moments: Moments,
): Promise<LeastSquaresFit | PushdownFallback> {
  const { n } = moments
  const d = features.length
  const { gram, rhs, center } = normalEquations(moments, intercept)
  let factor: GramFactor
  try {
    factor = factorGram(gram, d, { ridge, tolerance: MIN_PIVOT })
  } catch (error) {
    if (!(error instanceof RankDeficientError)) throw error
    return { fallback: `column ${error.deficiency.column} is (nearly) dependent on the others` }
  }
  const conditionNumber = factor.condition()
  if (!(conditionNumber <= PUSHDOWN_MAX_CONDITION)) {
    return {
      fallback: `the design's condition number, about ${conditionNumber.toPrecision(2)}, is above ${PUSHDOWN_MAX_CONDITION}, where the normal equations lose digits`,
    }
  }

  const w = factor.solve(rhs, 1)
  // The intercept at the centre: ȳ with an intercept (the centred solution passes through the means).
  let b = intercept ? (moments.means[d] as number) : 0
  const rateBound = conditionNumber ** 2 * d * n * Number.EPSILON
  let previous = Number.POSITIVE_INFINITY
  // moments() has checked every used value under 'error'; the passes after it need not check again,
  // and 'drop' leaves nothing out of a table without bad values.
  const columns = { features, target, invalid: 'drop' as const }
  for (let pass = 1; pass <= MAX_PASSES; pass++) {
    const sums = await table.residuals({ ...columns, coefficients: w, intercept: b, center })
    if (sums.n !== n) throw tableChanged(table.engine, n, sums.n)
    const gradient = Float64Array.from(sums.crossProducts, (g, j) => g - ridge * (w[j] as number))
    const step = factor.solve(gradient, 1)
    const stepB = intercept ? sums.sum / n : 0
    // Σr² after the step, from the sums at the point before it: ‖r − X̃δ − δb‖² expanded (X̃ᵀ1 ≈ 0).
    let rss = sums.sumOfSquares - 2 * stepB * sums.sum + n * stepB ** 2
    let size = Math.abs(stepB - dot(center, step))
    let scale = 0
    for (let j = 0; j < d; j++) {
      const s = step[j] as number
      rss += -2 * s * (sums.crossProducts[j] as number) + s * quadraticRow(gram, d, j, step)
      w[j] = (w[j] as number) + s
      size = Math.max(size, Math.abs(s))
    }
    b += stepB
    for (let j = 0; j < d; j++) scale = Math.max(scale, Math.abs(w[j] as number))
    const callerB = b - dot(center, w)
    scale = Math.max(scale, Math.abs(callerB))
    const rate = pass === 1 ? rateBound : size / previous
    if (size === 0 || (rate < 0.5 && rate * size <= CONVERGED * scale)) {
      return {
        coefficients: w,
        intercept: Float64Array.of(callerB),
        rss: Float64Array.of(Math.max(rss, 0)),
        method: 'pushdown',
        conditionNumber,
        covariance: () => {
          const inverse = inverseOf(factor, d)
          return intercept ? interceptCovariance(inverse, center, n) : inverse
        },
      }
    }
    if (pass > 1 && rate >= 0.5) break
    previous = size
  }
  return { fallback: 'the refinement of the normal equations did not converge' }
}

/**
 * The normal equations from the moments: centred (about the means, which become the centre of the
 * residual passes) with an intercept; uncentred, XᵀX = Xcᵀ Xc + n·x̄x̄ᵀ, without.
 */
function normalEquations({ n, means, crossProducts }: Moments, intercept: boolean) {
  const d = means.length - 1
  const k = d + 1
  const gram = new Float64Array(d * d)
  const rhs = new Float64Array(d)
  const shift = (i: number, j: number) =>
    intercept ? 0 : n * (means[i] as number) * (means[j] as number)
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < d; j++) gram[i * d + j] = (crossProducts[i * k + j] as number) + shift(i, j)
    rhs[i] = (crossProducts[i * k + d] as number) + shift(i, d)
  }
  const center = intercept ? means.slice(0, d) : new Float64Array(d)
  return { gram, rhs, center }
}

function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0
  for (let i = 0; i < a.length; i++) sum += (a[i] as number) * (b[i] as number)
  return sum
}

/** (G·v)ⱼ for a d × d row-major G. */
function quadraticRow(gram: Float64Array, d: number, j: number, v: Float64Array): number {
  let sum = 0
  for (let l = 0; l < d; l++) sum += (gram[j * d + l] as number) * (v[l] as number)
  return sum
}

/** The error for a table whose rows changed between two passes of one fit. */
export function tableChanged(engine: string, before: number, after: number): EngineError {
  return new EngineError(
    engine,
    `the table changed while it was being fitted: ${before} rows in one pass, ${after} in a later one.`,
  )
}
