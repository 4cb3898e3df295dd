import { residualDot } from './compensated-dot.js'
import { RankDeficientError } from './gram-factor.js'
import { applyQ, applyQt, type PivotedQr, pivotedQr, solveR, solveRt } from './householder-qr.js'
import type { LeastSquaresFit, LeastSquaresOptions, Matrix } from './least-squares-fit.js'
import { triangularCondition } from './triangular-condition.js'

/**
 * Without ridge, a column of the scaled design counts as dependent when the part of it that the
 * columns pivoted before it leave unexplained is at most this fraction of its norm. 2⁻⁴⁰ ≈ 9e-13 is
 * about 2⁸·p times float64's rounding of a column (so exact repeats and combinations, which leave
 * only rounding behind, fall below it), and far below the 1e-7 at which R's `lm` gives up, so a
 * nearly dependent design such as NIST's Filip (its smallest pivot is about 1e-8 of its column) is
 * solved rather than refused.
 */
export const QR_DEPENDENCE_TOLERANCE = 2 ** -40

/**
 * Refinement stops when no correction exceeds this fraction of its entry: half a unit in the last
 * place, below which a correction cannot change the float64 answer.
 */
const CONVERGED = 2 ** -53

/**
 * Corrections of the augmented system allowed before settling for the best answer so far. Each
 * gains about log10(1/(ε·κ)) digits, so even κ near 1e12 needs no more than four or five.
 */
const MAX_CORRECTIONS = 8

/**
 * Least squares by Householder QR with column pivoting and iterative refinement, to float64
 * accuracy even for a design whose condition number is near 1/ε.
 *
 * Numerics:
 * 1. The design [1, X] (or X, without intercept) is copied to float64 with every column multiplied by
 *    a power of two that brings its norm into [½, 1): exact, so the scaled problem has the same
 *    solution, while the pivoting and the tolerance compare columns on a common scale. With ridge,
 *    the rows √λ·I (on the weights, not the intercept) are appended, so the penalised problem is an
 *    ordinary one whose design always has full rank.
 * 2. A·P = Q·R by {@link pivotedQr}; the intercept is pivoted first so that a dependent feature, not
 *    the intercept, is named. Rank below p is a {@link RankDeficientError}.
 * 3. The first solution x₀ = R⁻¹Qᵀy is refined on the augmented system [[I, A], [Aᵀ, 0]]·[r; x] =
 *    [y; 0] (Björck, "Iterative refinement of linear least squares solutions I", BIT 7, 1967):
 *    each pass computes f = y − r − Ax and g = −Aᵀr with double-double dot products, solves for the
 *    corrections with the same Q and R, and stops when they no longer change the answer. The error
 *    of the result is about ε·cond(A) instead of the ε·cond(A)² that the normal equations give.
 *
 * @throws {RankDeficientError} without ridge, when a column depends on the others.
 * @example
 * ```ts
 * import { qrLeastSquares } from './qr-least-squares.js'
 * const X = { rows: 3, cols: 1, data: Float64Array.of(0, 1, 2) }
 * const Y = { rows: 3, cols: 1, data: Float64Array.of(1, 3, 5) }
 * qrLeastSquares(X, Y).coefficients // Float64Array [2] (and intercept [1])
 * ```
 */
export function qrLeastSquares(
  X: Matrix,
  Y: Matrix,
  { ridge = 0, intercept = true }: LeastSquaresOptions = {},
): LeastSquaresFit {
  const { rows: n, cols: d } = X
  const q = Y.cols
  const lead = intercept ? 1 : 0
  const p = d + lead
  const m = ridge > 0 ? n + d : n
  const design = scaledDesign(X, lead, ridge, m)
  const { A, scale } = design
  const qr = pivotedQr(A.slice(), m, p, {
    tolerance: ridge > 0 ? 0 : QR_DEPENDENCE_TOLERANCE,
    leading: lead,
  })
  if (qr.rank < p) throw new RankDeficientError(explainDependence(qr, lead))

  const coefficients = new Float64Array(d * q)
  const intercepts = new Float64Array(q)
  const rss = new Float64Array(q)
  const y = new Float64Array(m)
  const pivotedRows = pivotedRowMajor(A, m, qr.order)
  for (let k = 0; k < q; k++) {
    for (let i = 0; i < n; i++) y[i] = Y.data[i * q + k] as number
    const { x, r } = refinedSolve(A, pivotedRows, qr, y)
    for (let position = 0; position < p; position++) {
      const column = qr.order[position] as number
      const value = (x[position] as number) * (scale[column] as number)
      if (column < lead) intercepts[k] = value
      else coefficients[(column - lead) * q + k] = value
    }
    let sum = 0
    for (let i = 0; i < n; i++) sum += (r[i] as number) ** 2
    rss[k] = sum
  }

  return {
    coefficients,
    intercept: intercepts,
    rss,
    method: 'qr',
    conditionNumber: triangularCondition(qr.R, p),
    covariance: () => unscaledCovariance(qr, scale, lead, d),
  }
}

/** The design in float64, column-major, each column scaled by a power of two (exact). */
function scaledDesign(X: Matrix, lead: number, ridge: number, m: number) {
  const { rows: n, cols: d, data } = X
  const p = d + lead
  const A = new Float64Array(m * p)
  if (lead) A.fill(1, 0, n)
  for (let i = 0; i < n; i++)
    for (let j = 0; j < d; j++) A[(j + lead) * m + i] = data[i * d + j] as number
  const root = Math.sqrt(ridge)
  for (let j = 0; j < d && ridge > 0; j++) A[(j + lead) * m + n + j] = root
  const scale = new Float64Array(p)
  for (let j = 0; j < p; j++) {
    let largest = 0
    for (let i = 0; i < m; i++) largest = Math.max(largest, Math.abs(A[j * m + i] as number))
    let sum = 0
    for (let i = 0; i < m && largest > 0; i++) sum += ((A[j * m + i] as number) / largest) ** 2
    const norm = largest * Math.sqrt(sum)
    // 2^-e with norm in [2^(e-1), 2^e): any power of two is exact; this one makes the norm about 1.
    scale[j] = norm > 0 ? 2 ** -Math.ceil(Math.log2(norm)) : 1
    for (let i = 0; i < m; i++) A[j * m + i] = (A[j * m + i] as number) * (scale[j] as number)
  }
  return { A, scale }
}

/**
 * x and r = y − A·P·x for one response, refined on the augmented system. f and g are computed in
 * double-double; the corrections solve [[I, AP], [(AP)ᵀ, 0]]·[δr; δx] = [f; g] by
 * Rᵀh = g, d = Qᵀf, δx = R⁻¹(d₁ − h), δr = Q·[h; d₂]. The first pass, from x = r = 0, is the plain
 * QR solution.
 */
function refinedSolve(A: Float64Array, pivotedRows: Float64Array, qr: PivotedQr, y: Float64Array) {
  const { rows: m, cols: p, R, order } = qr
  const x = new Float64Array(p)
  const r = new Float64Array(m)
  const f = new Float64Array(m)
  const g = new Float64Array(p)
  const dx = new Float64Array(p)
  let best = { x: x.slice(), r: r.slice(), size: Number.POSITIVE_INFINITY }
  for (let pass = 0; pass <= MAX_CORRECTIONS; pass++) {
    for (let i = 0; i < m; i++)
      f[i] = residualDot((y[i] as number) - (r[i] as number), pivotedRows, i * p, 1, x, 0, p)
    for (let k = 0; k < p; k++) g[k] = residualDot(0, A, (order[k] as number) * m, 1, r, 0, m)
    solveRt(R, p, p, g)
    applyQt(qr, f)
    for (let k = 0; k < p; k++) dx[k] = (f[k] as number) - (g[k] as number)
    solveR(R, p, p, dx)
    f.set(g)
    applyQ(qr, f)
    let size = 0
    let converged = true
    for (let k = 0; k < p; k++) {
      x[k] = (x[k] as number) + (dx[k] as number)
      size = Math.max(size, Math.abs(dx[k] as number))
      if (Math.abs(dx[k] as number) > CONVERGED * Math.abs(x[k] as number)) converged = false
    }
    for (let i = 0; i < m; i++) r[i] = (r[i] as number) + (f[i] as number)
    if (pass > 0 && size >= best.size) break // stalled at the limit of float64: the last answer stands
    best = { x: x.slice(), r: r.slice(), size }
    if (converged) break
  }
  return best
}

/** The design row-major with its columns in pivoted order, for the row-wise residuals. */
function pivotedRowMajor(A: Float64Array, m: number, order: Int32Array): Float64Array {
  const p = order.length
  const rows = new Float64Array(m * p)
  for (let k = 0; k < p; k++) {
    const column = (order[k] as number) * m
    for (let i = 0; i < m; i++) rows[i * p + k] = A[column + i] as number
  }
  return rows
}

/**
 * (AᵀA)⁻¹ of the caller's design [1, X] (or X), p × p row-major in that column order: from the
 * scaled, pivoted factor, (A·S·P)ᵀ(A·S·P) = RᵀR gives (AᵀA)⁻¹ = S·P·R⁻¹R⁻ᵀ·Pᵀ·S.
 */
function unscaledCovariance(qr: PivotedQr, scale: Float64Array, lead: number, d: number) {
  const p = d + lead
  const { R, order } = qr
  // Solving Rᵀz = e_k gives column k of R⁻ᵀ, which is row k of R⁻¹.
  const inverse = new Float64Array(p * p)
  for (let k = 0; k < p; k++) {
    const e = new Float64Array(p)
    e[k] = 1
    solveRt(R, p, p, e)
    inverse.set(e, k * p)
  }
  const covariance = new Float64Array(p * p)
  for (let a = 0; a < p; a++) {
    for (let b = a; b < p; b++) {
      // (R⁻¹R⁻ᵀ)[a][b] = Σₖ R⁻¹[a][k]·R⁻¹[b][k]: a dot product of two rows of R⁻¹.
      let s = 0
      for (let k = 0; k < p; k++)
        s += (inverse[a * p + k] as number) * (inverse[b * p + k] as number)
      const i = order[a] as number
      const j = order[b] as number
      const value = s * (scale[i] as number) * (scale[j] as number)
      covariance[i * p + j] = value
      covariance[j * p + i] = value
    }
  }
  return covariance
}

/**
 * Names the first dependent column (the next pivot after the independent ones) and the columns it is
 * made of: R₁₁·c = R₁₂ gives its coefficients on the independent (scaled) columns; those of size
 * above 1e-6 count. The intercept is not listed: a column made of it alone is a constant.
 */
function explainDependence(qr: PivotedQr, lead: number) {
  const { R, rank, order, cols: p } = qr
  const column = (order[rank] as number) - lead
  const c = new Float64Array(p)
  for (let i = 0; i < rank; i++) c[i] = R[i * p + rank] as number
  solveR(R, p, rank, c)
  const combinationOf: number[] = []
  for (let i = 0; i < rank; i++) {
    const other = (order[i] as number) - lead
    if (other >= 0 && Math.abs(c[i] as number) > 1e-6) combinationOf.push(other)
  }
  return { column, combinationOf: combinationOf.sort((a, b) => a - b) }
}
