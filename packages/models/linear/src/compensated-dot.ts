/**
 * Dot products in double-double arithmetic (Ogita, Rump and Oishi's Dot2, "Accurate sum and dot
 * product", SIAM J. Sci. Comput. 26(6), 2005): each product is split exactly into its rounded value
 * and its rounding error (Dekker's TwoProduct), and each sum keeps its error (Knuth's TwoSum), so the
 * result is as accurate as if computed in twice the working precision, then rounded once.
 */

/** 2²⁷ + 1: Veltkamp's splitter for float64, which cuts a number into two 26-bit halves. */
const SPLITTER = 134217729

/**
 * c − Σᵢ a[aOffset + i·aStride]·b[bOffset + i] for i < length, as if in double-double precision.
 * The residuals of least squares, y − Xβ, lose every digit that the fit explains when computed in
 * float64; here they keep them.
 *
 * @example
 * ```ts
 * import { residualDot } from './compensated-dot.js'
 * // 1 − (1e16·1 + (−1e16)·1) is 1; plain float64 loses the 1 in 1 − 1e16 and returns 0.
 * residualDot(1, Float64Array.of(1e16, -1e16), 0, 1, Float64Array.of(1, 1), 0, 2) // 1
 * ```
 */
export function residualDot(
  c: number,
  a: Float64Array | Float32Array,
  aOffset: number,
  aStride: number,
  b: Float64Array,
  bOffset: number,
  length: number,
): number {
  let sum = c
  let error = 0
  for (let i = 0; i < length; i++) {
    const x = -(a[aOffset + i * aStride] as number)
    const y = b[bOffset + i] as number
    // TwoProduct: p + e = x·y exactly.
    const p = x * y
    const xs = SPLITTER * x
    const xh = xs - (xs - x)
    const xl = x - xh
    const ys = SPLITTER * y
    const yh = ys - (ys - y)
    const yl = y - yh
    const e = xl * yl - (p - xh * yh - xl * yh - xh * yl)
    // TwoSum: s + t = sum + p exactly.
    const s = sum + p
    const z = s - sum
    const t = sum - (s - z) + (p - z)
    sum = s
    error += t + e
  }
  return sum + error
}
