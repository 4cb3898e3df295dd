import type { GramFactor } from './gram-factor.js'

/**
 * (AᵀA)⁻¹ for the design A = [1, X] from the inverse of the centred Gram matrix C = XcᵀXc and the
 * columns' means x̄ (the inverse of a partitioned matrix): the slopes' block is C⁻¹, their covariance
 * with the intercept −C⁻¹x̄, and the intercept's entry 1/n + x̄ᵀC⁻¹x̄. Lets every solver that works on
 * centred data (the Gram path, statistics pushed down to an engine, streamed QR of centred rows)
 * report the covariance of the caller's parameters, intercept first.
 *
 * @param inverse C⁻¹, d × d row-major.
 * @returns (d + 1) × (d + 1), row-major.
 * @example
 * ```ts
 * import { interceptCovariance } from './intercept-covariance.js'
 * // x = 0, 1, 2: C = 2, x̄ = 1, n = 3 → [[1/3 + 1/2, −1/2], [−1/2, 1/2]]
 * interceptCovariance(Float64Array.of(0.5), Float64Array.of(1), 3) // [≈0.8333, -0.5, -0.5, 0.5]
 * ```
 */
export function interceptCovariance(
  inverse: Float64Array,
  means: Float64Array,
  n: number,
): Float64Array {
  const d = means.length
  const p = d + 1
  const covariance = new Float64Array(p * p)
  let interceptEntry = 1 / n
  for (let j = 0; j < d; j++) {
    let cross = 0
    for (let l = 0; l < d; l++) {
      const value = inverse[j * d + l] as number
      covariance[(j + 1) * p + l + 1] = value
      cross -= value * (means[l] as number)
    }
    covariance[j + 1] = cross
    covariance[(j + 1) * p] = cross
    interceptEntry -= cross * (means[j] as number)
  }
  covariance[0] = interceptEntry
  return covariance
}

/** The inverse of the matrix a {@link GramFactor} factors (its solves of the identity), d × d. */
export function inverseOf(factor: GramFactor, d: number): Float64Array {
  const identity = new Float64Array(d * d)
  for (let j = 0; j < d; j++) identity[j * d + j] = 1
  return factor.solve(identity, d)
}
