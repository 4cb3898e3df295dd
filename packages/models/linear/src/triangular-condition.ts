import { solveR, solveRt } from './householder-qr.js'

/**
 * Power iterations per extreme singular value. Each multiplies the error of the estimate by the
 * ratio of the two largest eigenvalues; 16 give the order of magnitude always, and two or three
 * digits when the extreme singular values stand apart, which is what a condition number is read for.
 */
const ITERATIONS = 16

/**
 * An estimate of the 2-norm condition number σ_max/σ_min of an upper triangular p × p matrix T
 * (row-major), by power iteration on TᵀT and on (TᵀT)⁻¹ (two triangular solves a step). For the R
 * factor of a design it is the design's condition number, what R's `kappa(exact = TRUE)` reports.
 * Power iteration approaches each σ from below, so the estimate can err low, by little.
 *
 * @example
 * ```ts
 * import { triangularCondition } from './triangular-condition.js'
 * triangularCondition(Float64Array.of(4, 0, 0, 0.5), 2) // 8
 * ```
 */
export function triangularCondition(T: Float64Array, p: number): number {
  const largest = powerIteration(p, (v) => multiplyTtT(T, p, v))
  const smallestInverse = powerIteration(p, (v) => solveTtT(T, p, v))
  return Math.sqrt(largest * smallestInverse)
}

/** The largest eigenvalue of the symmetric positive (semi)definite operator `apply`. */
function powerIteration(p: number, apply: (v: Float64Array) => Float64Array): number {
  // A fixed start with unequal entries, so as not to be orthogonal to the top eigenvector by accident.
  let v: Float64Array = Float64Array.from({ length: p }, (_, i) => 1 + i / p)
  let estimate = 0
  for (let step = 0; step < ITERATIONS; step++) {
    const norm = euclidean(v)
    if (norm === 0) return 0
    if (!Number.isFinite(norm)) return Number.POSITIVE_INFINITY
    for (let i = 0; i < p; i++) v[i] = (v[i] as number) / norm
    v = apply(v)
    estimate = euclidean(v)
  }
  return estimate
}

function euclidean(v: Float64Array): number {
  let scale = 0
  for (const x of v) scale = Math.max(scale, Math.abs(x))
  if (scale === 0 || !Number.isFinite(scale)) return scale
  let sum = 0
  for (const x of v) sum += (x / scale) ** 2
  return scale * Math.sqrt(sum)
}

/** TᵀT·v. */
function multiplyTtT(T: Float64Array, p: number, v: Float64Array): Float64Array {
  const Tv = new Float64Array(p)
  for (let i = 0; i < p; i++) {
    let s = 0
    for (let j = i; j < p; j++) s += (T[i * p + j] as number) * (v[j] as number)
    Tv[i] = s
  }
  const out = new Float64Array(p)
  for (let i = 0; i < p; i++)
    for (let j = i; j < p; j++)
      out[j] = (out[j] as number) + (T[i * p + j] as number) * (Tv[i] as number)
  return out
}

/** (TᵀT)⁻¹·v: Tᵀz = v forward, then T·w = z backward. */
function solveTtT(T: Float64Array, p: number, v: Float64Array): Float64Array {
  const z = v.slice()
  solveRt(T, p, p, z)
  solveR(T, p, p, z)
  return z
}
