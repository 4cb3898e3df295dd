import { triangularCondition } from './triangular-condition.js'

/** What makes a least-squares problem without a ridge term have no unique solution. */
export interface RankDeficiency {
  /** A column of X that the others (and the intercept) explain. */
  column: number
  /** The other columns it is a combination of; empty when it is constant (a multiple of the intercept). */
  combinationOf: number[]
}

/** Thrown inside this package when the columns of X are linearly dependent; the model turns it into a ValueError. */
export class RankDeficientError extends Error {
  readonly deficiency: RankDeficiency
  constructor(deficiency: RankDeficiency) {
    super(`column ${deficiency.column} is linearly dependent on the others`)
    this.deficiency = deficiency
  }
}

/**
 * A column counts as dependent when the part of its variance that the other columns do not explain is
 * below this fraction of its variance: 1e-10 means an R² above 1 − 1e-10, a condition number of the
 * scaled X above about 1e5. Float32 data that repeats or combines columns lands far below it
 * (around 1e-14), genuinely distinct features far above.
 */
export const DEPENDENCE_TOLERANCE = 1e-10

/** A factored d × d Gram matrix (of centred data), ready to solve for any right-hand side. */
export interface GramFactor {
  /** Z (d × q, row-major) with (gram + ridge·I)·Z = B. */
  solve(B: Float64Array, q: number): Float64Array
  /**
   * The estimated 2-norm condition number of the design whose Gram matrix this is: the square root
   * of the factored matrix's, for the unit-diagonal (column-scaled) matrix without ridge.
   */
  condition(): number
}

/** How {@link factorGram} treats the matrix. */
export interface FactorOptions {
  /** Added to the diagonal; > 0 makes the matrix positive definite. Default 0. */
  ridge?: number
  /** Without ridge, the smallest pivot (of the unit-diagonal matrix) that counts as independent. */
  tolerance?: number
}

/**
 * Factors a centred Gram matrix XᵀX. With ridge > 0 the penalised matrix is positive definite and
 * factored by plain Cholesky. Without, it is scaled to unit diagonal (correlation form, so that the
 * tolerance means the same for every feature's units) and factored by Cholesky with diagonal
 * pivoting, which finds dependent columns instead of dividing by round-off.
 *
 * @throws {RankDeficientError} naming a dependent column (without ridge), or the first non-positive
 *   pivot (with ridge).
 */
export function factorGram(
  gram: Float64Array,
  d: number,
  { ridge = 0, tolerance = DEPENDENCE_TOLERANCE }: FactorOptions = {},
): GramFactor {
  const identity = Array.from({ length: d }, (_, j) => j)
  if (ridge > 0) {
    const L = gram.slice()
    for (let j = 0; j < d; j++) L[j * d + j] = (L[j * d + j] as number) + ridge
    choleskyInPlace(L, d)
    return {
      solve: (B, q) => solveWithFactor(L, d, identity, d, B, q),
      condition: () => factorCondition(L, d),
    }
  }

  const scale = new Float64Array(d)
  for (let j = 0; j < d; j++) {
    const variance = gram[j * d + j] as number
    if (!(variance > 0)) throw new RankDeficientError({ column: j, combinationOf: [] })
    scale[j] = Math.sqrt(variance)
  }
  const R = new Float64Array(d * d)
  for (let j = 0; j < d; j++) {
    for (let l = 0; l < d; l++)
      R[j * d + l] = (gram[j * d + l] as number) / ((scale[j] as number) * (scale[l] as number))
  }
  const order = identity.slice()
  const L = R.slice()
  const rank = choleskyRank(L, d, order, tolerance)
  if (rank < d) throw new RankDeficientError(explainDependence(R, d, order, rank))

  return {
    solve(B, q) {
      const rhs = new Float64Array(d * q)
      for (let j = 0; j < d; j++)
        for (let k = 0; k < q; k++) rhs[j * q + k] = (B[j * q + k] as number) / (scale[j] as number)
      const z = solveWithFactor(L, d, order, d, rhs, q)
      for (let j = 0; j < d; j++)
        for (let k = 0; k < q; k++) z[j * q + k] = (z[j * q + k] as number) / (scale[j] as number)
      return z
    },
    condition: () => factorCondition(L, d),
  }
}

/** κ(L·Lᵀ)^½ = κ(Lᵀ), for the lower triangle L of a factor stored in a full d × d array. */
function factorCondition(L: Float64Array, d: number): number {
  const upper = new Float64Array(d * d)
  for (let i = 0; i < d; i++) for (let j = 0; j <= i; j++) upper[j * d + i] = L[i * d + j] as number
  return triangularCondition(upper, d)
}

/**
 * Cholesky with diagonal pivoting on a symmetric matrix (in place, lower triangle in pivoted order);
 * `order` receives the pivot order. Stops when the largest remaining pivot falls below the
 * tolerance, and returns the rank found.
 */
function choleskyRank(A: Float64Array, d: number, order: number[], tolerance: number): number {
  for (let k = 0; k < d; k++) {
    let best = k
    for (let j = k + 1; j < d; j++)
      if ((A[j * d + j] as number) > (A[best * d + best] as number)) best = j
    if ((A[best * d + best] as number) <= tolerance) return k
    swapSymmetric(A, d, k, best)
    ;[order[k], order[best]] = [order[best] as number, order[k] as number]
    eliminate(A, d, k)
  }
  return d
}

/** Plain Cholesky (no pivoting) for a positive definite matrix; throws if it is not. */
function choleskyInPlace(A: Float64Array, d: number): Float64Array {
  for (let k = 0; k < d; k++) {
    if (!((A[k * d + k] as number) > 0))
      throw new RankDeficientError({ column: k, combinationOf: [] })
    eliminate(A, d, k)
  }
  return A
}

/**
 * One step of the outer-product Cholesky: column k of L below the diagonal, and the update of the
 * trailing block, kept symmetric in full so that pivoting may swap any of its rows and columns.
 */
function eliminate(A: Float64Array, d: number, k: number): void {
  const pivot = Math.sqrt(A[k * d + k] as number)
  A[k * d + k] = pivot
  for (let i = k + 1; i < d; i++) A[i * d + k] = (A[i * d + k] as number) / pivot
  for (let j = k + 1; j < d; j++) {
    const ljk = A[j * d + k] as number
    for (let i = k + 1; i < d; i++)
      A[i * d + j] = (A[i * d + j] as number) - (A[i * d + k] as number) * ljk
  }
}

function swapSymmetric(A: Float64Array, d: number, a: number, b: number): void {
  if (a === b) return
  for (let j = 0; j < d; j++) {
    const t = A[a * d + j] as number
    A[a * d + j] = A[b * d + j] as number
    A[b * d + j] = t
  }
  for (let i = 0; i < d; i++) {
    const t = A[i * d + a] as number
    A[i * d + a] = A[i * d + b] as number
    A[i * d + b] = t
  }
}

/** Solves (P L Lᵀ Pᵀ) Z = B for the leading `size` pivots, given the factor's lower triangle. */
function solveWithFactor(
  L: Float64Array,
  d: number,
  order: number[],
  size: number,
  B: Float64Array,
  q: number,
): Float64Array {
  const Z = new Float64Array(d * q)
  for (let k = 0; k < q; k++) {
    const v = new Float64Array(size)
    for (let i = 0; i < size; i++) {
      let s = B[(order[i] as number) * q + k] as number
      for (let j = 0; j < i; j++) s -= (L[i * d + j] as number) * (v[j] as number)
      v[i] = s / (L[i * d + i] as number)
    }
    for (let i = size - 1; i >= 0; i--) {
      let s = v[i] as number
      for (let j = i + 1; j < size; j++) s -= (L[j * d + i] as number) * (v[j] as number)
      v[i] = s / (L[i * d + i] as number)
    }
    for (let i = 0; i < size; i++) Z[(order[i] as number) * q + k] = v[i] as number
  }
  return Z
}

/**
 * Names the first dependent column (the next pivot after the independent ones) and the columns it is
 * made of: regress it on the independent columns and keep the non-negligible coefficients.
 */
function explainDependence(
  R: Float64Array,
  d: number,
  order: number[],
  rank: number,
): RankDeficiency {
  const column = order[rank] as number
  if (rank === 0) return { column, combinationOf: [] }
  const independent = order.slice(0, rank)
  const sub = new Float64Array(rank * rank)
  const rhs = new Float64Array(rank)
  independent.forEach((a, i) => {
    independent.forEach((b, j) => {
      sub[i * rank + j] = R[a * d + b] as number
    })
    rhs[i] = R[a * d + column] as number
  })
  const identity = Array.from({ length: rank }, (_, i) => i)
  choleskyInPlace(sub, rank)
  const c = solveWithFactor(sub, rank, identity, rank, rhs, 1)
  const combinationOf = independent
    .filter((_, i) => Math.abs(c[i] as number) > 1e-6)
    .sort((a, b) => a - b)
  return { column, combinationOf }
}
