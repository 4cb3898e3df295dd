// The floor: the same arithmetic as the other implementations, written as plain loops over typed
// arrays, with no tensor library in between. Whatever a library spends beyond this is overhead.
import type { Dataset, ImplementationModule, LinearFit, Prepared, SgdSettings } from '../problem.js'
import { identityOrder, seededRandom, shuffleInPlace } from '../random.js'

/**
 * Minibatch SGD on ½(ŷ − y)² averaged over each batch, from w = 0, b = 0, visiting the rows in a new
 * seeded random order every epoch. `precision` is the storage of w and b: 'float32' is the floor the
 * libraries are timed against; 'float64' is the bench's reference result for the SGD workloads.
 */
export function sgdLoop(
  data: Dataset,
  settings: SgdSettings,
  precision: 'float32' | 'float64',
): LinearFit {
  const { X, y, n, d } = data
  const { batchSize, lr, epochs, seed } = settings
  const w = precision === 'float32' ? new Float32Array(d) : new Float64Array(d)
  const round = precision === 'float32' ? Math.fround : (v: number) => v
  let b = 0
  const grad = new Float64Array(d)
  const order = identityOrder(n)
  const random = seededRandom(seed)
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffleInPlace(order, random)
    for (let start = 0; start < n; start += batchSize) {
      const end = Math.min(start + batchSize, n)
      grad.fill(0)
      let gradB = 0
      for (let k = start; k < end; k++) {
        const i = order[k] as number
        const row = i * d
        let residual = b - (y[i] as number)
        for (let j = 0; j < d; j++) residual += (w[j] as number) * (X[row + j] as number)
        gradB += residual
        for (let j = 0; j < d; j++)
          grad[j] = (grad[j] as number) + residual * (X[row + j] as number)
      }
      const step = lr / (end - start)
      for (let j = 0; j < d; j++) w[j] = (w[j] as number) - step * (grad[j] as number)
      b = round(b - step * gradB)
    }
  }
  return { w: Float64Array.from(w), b }
}

/** Rows per block of the Gram accumulation: a d × BLOCK float64 block stays in the L2 cache. */
const BLOCK = 128

/**
 * Least squares with an intercept, in float64, from float32 data: centre the columns, accumulate the
 * upper triangle of XᵀX and Xᵀy block by block (each block transposed once, so that every entry is a
 * contiguous dot product with four accumulators), then solve by Cholesky.
 */
export function leastSquaresFloor(data: Dataset): LinearFit {
  const { X, y, n, d } = data
  const { meanX, meanY } = means(data)
  const cols = new Float64Array(d * BLOCK)
  const ys = new Float64Array(BLOCK)
  const gram = new Float64Array(d * d)
  const cross = new Float64Array(d)
  for (let start = 0; start < n; start += BLOCK) {
    const m = Math.min(BLOCK, n - start)
    for (let r = 0; r < m; r++) {
      const row = (start + r) * d
      for (let j = 0; j < d; j++)
        cols[j * BLOCK + r] = (X[row + j] as number) - (meanX[j] as number)
      ys[r] = (y[start + r] as number) - meanY
    }
    for (let j = 0; j < d; j++) {
      const a = j * BLOCK
      for (let l = j; l < d; l++)
        gram[j * d + l] = (gram[j * d + l] as number) + dot(cols, a, l * BLOCK, m)
      cross[j] = (cross[j] as number) + dotWith(cols, a, ys, m)
    }
  }
  for (let j = 0; j < d; j++)
    for (let l = 0; l < j; l++) gram[j * d + l] = gram[l * d + j] as number
  const w = solveSymmetric(gram, cross, d)
  let b = meanY
  for (let j = 0; j < d; j++) b -= (meanX[j] as number) * (w[j] as number)
  return { w, b }
}

function dot(v: Float64Array, a: number, c: number, m: number): number {
  let s0 = 0
  let s1 = 0
  let s2 = 0
  let s3 = 0
  let r = 0
  for (; r + 3 < m; r += 4) {
    s0 += (v[a + r] as number) * (v[c + r] as number)
    s1 += (v[a + r + 1] as number) * (v[c + r + 1] as number)
    s2 += (v[a + r + 2] as number) * (v[c + r + 2] as number)
    s3 += (v[a + r + 3] as number) * (v[c + r + 3] as number)
  }
  for (; r < m; r++) s0 += (v[a + r] as number) * (v[c + r] as number)
  return s0 + s1 + s2 + s3
}

function dotWith(v: Float64Array, a: number, u: Float64Array, m: number): number {
  let s = 0
  for (let r = 0; r < m; r++) s += (v[a + r] as number) * (u[r] as number)
  return s
}

/** Column means of X and the mean of y, in float64. */
export function means({ X, y, n, d }: Dataset): { meanX: Float64Array; meanY: number } {
  const meanX = new Float64Array(d)
  let meanY = 0
  for (let i = 0; i < n; i++) {
    const row = i * d
    for (let j = 0; j < d; j++) meanX[j] = (meanX[j] as number) + (X[row + j] as number)
    meanY += y[i] as number
  }
  for (let j = 0; j < d; j++) meanX[j] = (meanX[j] as number) / n
  return { meanX, meanY: meanY / n }
}

/**
 * Solves A x = rhs for a symmetric positive definite d × d matrix A (row-major, not changed) by
 * Cholesky, A = L Lᵀ.
 * @throws {Error} when A is not positive definite.
 */
export function solveSymmetric(A: Float64Array, rhs: Float64Array, d: number): Float64Array {
  const L = new Float64Array(d * d)
  for (let j = 0; j < d; j++) {
    let diagonal = A[j * d + j] as number
    for (let k = 0; k < j; k++) diagonal -= (L[j * d + k] as number) ** 2
    if (!(diagonal > 0)) throw new Error(`solveSymmetric: not positive definite at column ${j}`)
    const pivot = Math.sqrt(diagonal)
    L[j * d + j] = pivot
    for (let i = j + 1; i < d; i++) {
      let s = A[i * d + j] as number
      for (let k = 0; k < j; k++) s -= (L[i * d + k] as number) * (L[j * d + k] as number)
      L[i * d + j] = s / pivot
    }
  }
  const x = Float64Array.from(rhs)
  for (let i = 0; i < d; i++) {
    let s = x[i] as number
    for (let k = 0; k < i; k++) s -= (L[i * d + k] as number) * (x[k] as number)
    x[i] = s / (L[i * d + i] as number)
  }
  for (let i = d - 1; i >= 0; i--) {
    let s = x[i] as number
    for (let k = i + 1; k < d; k++) s -= (L[k * d + i] as number) * (x[k] as number)
    x[i] = s / (L[i * d + i] as number)
  }
  return x
}

/** The floor as a timed implementation: plain JavaScript, so its only backend is 'js'. */
export const sgd: ImplementationModule['sgd'] = async (data, settings) =>
  prepared(() => sgdLoop(data, settings, 'float32'))

export const closedForm: ImplementationModule['closedForm'] = async (data) =>
  prepared(() => leastSquaresFloor(data))

function prepared(fit: () => LinearFit): Prepared {
  return { run: async () => fit(), dispose: () => {} }
}
