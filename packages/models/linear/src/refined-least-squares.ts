import { factorGram, type GramFactor, RankDeficientError } from './gram-factor.js'
import type { GramKernels, Matrix32 } from './wasm-kernels.js'

/**
 * Without ridge, a pivot of the unit-diagonal Gram matrix below this hands the problem to the float64
 * path: float32 sums cannot tell nearly dependent columns (R² > 1 − 1e-4) from dependent ones, and
 * refinement would converge slowly on them.
 */
const MIN_PIVOT = 1e-4

/** Refinement stops once the next correction would change no entry by more than this, relatively. */
const CONVERGED = 1e-12

/** Corrections allowed before giving the problem to the QR path. */
const MAX_CORRECTIONS = 8

/** The Gram path's answer, with what inference needs: the factor and the columns' means. */
export interface RefinedSolution {
  /** [cols of X] × [cols of Y], row-major. */
  coefficients: Float64Array
  /** One per column of Y. */
  intercept: Float64Array
  /** The factor of the centred Gram matrix (plus ridge): its solves give (XcᵀXc + λI)⁻¹. */
  factor: GramFactor
  /** The columns' means, in float64. */
  means: Float64Array
}

/**
 * Least squares with an intercept on float32 data by mixed-precision iterative refinement.
 *
 * The Gram matrix of [x − s, y, 1] is summed in float32 SIMD blocks (with float64 totals), where s,
 * the mean of the first rows, keeps the float32 sums from cancelling. It gives the centred Gram
 * matrix C and an approximate solution. Each correction then takes one float64 pass over the data for
 * the residual of the normal equations, Xᵀ(y − Xθ) − ridge·w, and solves for the correction with the
 * factor of C. The errors shrink by a factor of about cond(C)·1e-6 per pass, so one pass usually
 * reaches float64 accuracy; the answer is the float64 least-squares solution, whatever precision the
 * Gram matrix was summed in.
 *
 * @returns undefined when the QR path should decide instead: near-dependent columns, a
 *   refinement that does not converge, or a Gram matrix too large for the kernels' memory.
 */
export function refinedLeastSquares(
  kernels: GramKernels,
  X: Matrix32,
  Y: Matrix32,
  ridge: number,
): RefinedSolution | undefined {
  const d = X.cols
  const q = Y.cols
  const shift = leadingMean(X)
  const shift64 = Float64Array.from(shift)

  // The augmented Gram matrix, in blocks: [[X̃ᵀX̃, X̃ᵀy, X̃ᵀ1], [·, ·, yᵀ1], [·, ·, n]].
  const G = kernels.augmentedGram(X, Y, shift)
  if (!G) return undefined
  const m = d + q + 1
  const n = G[m * m - 1] as number
  const sums = new Float64Array(d)
  for (let j = 0; j < d; j++) sums[j] = G[j * m + m - 1] as number
  const centred = new Float64Array(d * d)
  for (let j = 0; j < d; j++)
    for (let l = 0; l < d; l++)
      centred[j * d + l] =
        (G[j * m + l] as number) - ((sums[j] as number) * (sums[l] as number)) / n

  let factor: ReturnType<typeof factorGram>
  try {
    factor = factorGram(centred, d, { ridge, tolerance: MIN_PIVOT })
  } catch (error) {
    if (error instanceof RankDeficientError) return undefined
    throw error
  }

  // θ = [coefficients (d × q); intercept of the shifted data (q)], refined from zero. The residual of
  // the normal equations at zero is [X̃ᵀy; Σy], read from the Gram matrix.
  const coefficients = new Float64Array(d * q)
  const intercept = new Float64Array(q)
  const residualX = new Float64Array(d * q)
  const residualOne = new Float64Array(q)
  for (let k = 0; k < q; k++) {
    for (let j = 0; j < d; j++) residualX[j * q + k] = G[j * m + d + k] as number
    residualOne[k] = G[(d + k) * m + m - 1] as number
  }

  // The first step (from zero) is the approximate solution itself, each later one a correction.
  let previous = new Float64Array(q)
  for (let step = 0; step <= MAX_CORRECTIONS; step++) {
    // The step solves [[X̃ᵀX̃ + ridge·I, X̃ᵀ1], [1ᵀX̃, n]]·δ = residual. Eliminating the intercept
    // leaves (C + ridge·I)·δx = rx − sums·r₁/n, and then δ₁ = (r₁ − sumsᵀδx)/n.
    const rhs = new Float64Array(d * q)
    for (let j = 0; j < d; j++)
      for (let k = 0; k < q; k++)
        rhs[j * q + k] =
          (residualX[j * q + k] as number) - ((sums[j] as number) * (residualOne[k] as number)) / n
    const stepX = factor.solve(rhs, q)
    // Sizes are measured in the caller's coordinates, where the intercept is c̃ − sᵀB: a far shift
    // magnifies the coefficients' errors in it.
    const sizes = new Float64Array(q)
    const scales = new Float64Array(q)
    for (let k = 0; k < q; k++) {
      let stepOne = residualOne[k] as number
      for (let j = 0; j < d; j++) stepOne -= (sums[j] as number) * (stepX[j * q + k] as number)
      stepOne /= n
      intercept[k] = (intercept[k] as number) + stepOne
      let stepIntercept = stepOne
      let callerIntercept = intercept[k] as number
      let size = 0
      let scale = 0
      for (let j = 0; j < d; j++) {
        const i = j * q + k
        coefficients[i] = (coefficients[i] as number) + (stepX[i] as number)
        stepIntercept -= (shift64[j] as number) * (stepX[i] as number)
        callerIntercept -= (shift64[j] as number) * (coefficients[i] as number)
        size = Math.max(size, Math.abs(stepX[i] as number))
        scale = Math.max(scale, Math.abs(coefficients[i] as number))
      }
      sizes[k] = Math.max(size, Math.abs(stepIntercept))
      scales[k] = Math.max(scale, Math.abs(callerIntercept))
    }
    if (step > 0) {
      if (converged(sizes, previous, scales)) {
        const means = Float64Array.from(shift64, (s, j) => s + (sums[j] as number) / n)
        return { ...unshift(coefficients, intercept, shift64, d, q), factor, means }
      }
      if (sizes.some((size, k) => size > 0.5 * (previous[k] as number))) return undefined
    }
    previous = sizes

    const gradient = kernels.residualGradient(X, Y, shift64, coefficients, intercept)
    if (!gradient) return undefined
    for (let k = 0; k < q; k++) {
      for (let j = 0; j < d; j++)
        residualX[j * q + k] =
          (gradient[k * (d + 1) + j] as number) - ridge * (coefficients[j * q + k] as number)
      residualOne[k] = gradient[k * (d + 1) + d] as number
    }
  }
  return undefined
}

/**
 * Whether every output has converged: the last correction, times the rate at which corrections
 * shrink (its ratio to the one before), is at most CONVERGED of the output's largest entry.
 */
function converged(sizes: Float64Array, previous: Float64Array, scales: Float64Array): boolean {
  return sizes.every((size, k) => {
    if (size === 0) return true
    const rate = size / (previous[k] as number)
    return rate < 0.5 && rate * size <= CONVERGED * (scales[k] as number)
  })
}

/** The mean of the first rows (up to 256), in float32: the shift that keeps float32 sums small. */
function leadingMean({ rows, cols, data }: Matrix32): Float32Array {
  const count = Math.min(rows, 256)
  const mean = new Float64Array(cols)
  for (let i = 0; i < count; i++)
    for (let j = 0; j < cols; j++) mean[j] = (mean[j] as number) + (data[i * cols + j] as number)
  return Float32Array.from(mean, (sum) => sum / count)
}

/** Back to the caller's coordinates: y = (x − s)ᵀB + c̃ = xᵀB + (c̃ − sᵀB). */
function unshift(
  coefficients: Float64Array,
  shiftedIntercept: Float64Array,
  shift: Float64Array,
  d: number,
  q: number,
): { coefficients: Float64Array; intercept: Float64Array } {
  const intercept = Float64Array.from(shiftedIntercept)
  for (let k = 0; k < q; k++)
    for (let j = 0; j < d; j++)
      intercept[k] =
        (intercept[k] as number) - (shift[j] as number) * (coefficients[j * q + k] as number)
  return { coefficients, intercept }
}
