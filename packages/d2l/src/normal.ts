import { assertPositive, describeValue, ValueError } from '@d2l-ts/tensor'

/**
 * The normal density of 3.1.3, p(x) = exp(−(x − μ)² / (2σ²)) / √(2πσ²), for one number or
 * elementwise for a list: the book's `normal(x, mu, sigma)`.
 *
 * @throws {ValueError} when `sigma` is not a positive number or `mu` is not finite.
 * @example
 * ```ts
 * import { normal } from '@d2l-ts/d2l'
 * normal(0, 0, 1) // 0.3989…, the peak 1/√(2π)
 * normal([-1, 0, 1], 0, 1) // [0.2419…, 0.3989…, 0.2419…]
 * ```
 */
export function normal(x: number, mu: number, sigma: number): number
export function normal(x: ArrayLike<number>, mu: number, sigma: number): number[]
export function normal(
  x: number | ArrayLike<number>,
  mu: number,
  sigma: number,
): number | number[] {
  assertPositive('sigma', sigma)
  if (typeof mu !== 'number' || !Number.isFinite(mu)) {
    throw new ValueError({
      argument: 'mu',
      expected: 'a finite number',
      received: describeValue(mu),
    })
  }
  const scale = 1 / Math.sqrt(2 * Math.PI * sigma * sigma)
  const density = (v: number) => scale * Math.exp(-((v - mu) ** 2) / (2 * sigma * sigma))
  return typeof x === 'number' ? density(x) : Array.from(x, density)
}
