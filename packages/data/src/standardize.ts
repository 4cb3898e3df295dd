import {
  add,
  assertFinite,
  assertRank,
  assertShape,
  describeValue,
  div,
  formatShape,
  mul,
  sub,
  Tensor,
  type Tensor2D,
  tensor1d,
  tidy,
  ValueError,
} from '@d2l-ts/tensor'

/**
 * What {@link standardize} returns: the standardized features and the column statistics, with the
 * functions that apply them to other data. The functions are plain closures: destructuring them is safe.
 */
export interface Standardized {
  /** The standardized features: each column has mean 0 and standard deviation 1 (constant columns: all 0). */
  X: Tensor2D
  /** The mean of each column of the original X. */
  mean: readonly number[]
  /** The population standard deviation (dividing by n) of each column of the original X; 0 for a constant column. */
  std: readonly number[]
  /** The indices of the columns whose values are all equal; they are centred but not scaled. */
  constantColumns: readonly number[]
  /**
   * Standardizes new data (a test set, a new example) with these statistics: (x − mean) / std, with std
   * replaced by 1 in constant columns. The caller owns the result.
   * @throws {ShapeError} when `newX` is not `[m, d]` with d as in the original X.
   * @throws {ValueError} when `newX` holds NaN or ±Infinity.
   */
  transform(newX: Tensor): Tensor2D
  /** Undoes {@link Standardized.transform}: Xstd · std + mean (std replaced by 1 in constant columns). */
  inverse(Xstd: Tensor): Tensor2D
}

/**
 * Rescales each column of X to mean 0 and standard deviation 1: x ↦ (x − mean) / std, the usual first
 * step before gradient descent, so that one learning rate suits every feature.
 *
 * The statistics are computed in double precision; std is the population standard deviation (divide by
 * n, as scikit-learn's StandardScaler). A constant column (all values equal, std = 0) cannot be scaled:
 * it is only centred, so it becomes all zeros, `inverse` restores it exactly, and its index is listed
 * in `constantColumns`. X itself is not changed or disposed; the caller owns the returned tensor.
 *
 * @throws {ShapeError} when X is not a matrix `[n, d]`.
 * @throws {ValueError} when X has no rows or no columns, or holds NaN or ±Infinity.
 * @example
 * ```ts
 * import { standardize } from '@d2l-ts/data'
 * import { tensor2d } from '@d2l-ts/tensor'
 * const { X, mean, std, transform, inverse } = standardize(tensor2d([[1, 10], [3, 10]]))
 * mean // [2, 10]
 * std // [1, 0]: the second column is constant
 * X.arraySync() // [[-1, 0], [1, 0]]
 * transform(tensor2d([[5, 12]])).arraySync() // [[3, 2]]
 * inverse(X).arraySync() // [[1, 10], [3, 10]]
 * ```
 */
export function standardize(X: Tensor): Standardized {
  checkMatrix('X', X, null)
  const [n, d] = X.shape as [number, number]
  if (n === 0 || d === 0) {
    throw new ValueError({
      argument: 'X',
      expected: 'at least one row and one column',
      received: `shape ${formatShape(X.shape)}`,
    })
  }
  assertFinite('X', X)
  const { mean, std, constantColumns } = columnStatistics(X.dataSync(), n, d)
  const scale = std.map((s) => (s === 0 ? 1 : s))

  const transform = (newX: Tensor): Tensor2D => {
    checkMatrix('newX', newX, d)
    assertFinite('newX', newX)
    return tidy(() => div(sub(newX, tensor1d(mean)), tensor1d(scale)) as Tensor2D)
  }
  const inverse = (Xstd: Tensor): Tensor2D => {
    checkMatrix('Xstd', Xstd, d)
    assertFinite('Xstd', Xstd)
    return tidy(() => add(mul(Xstd, tensor1d(scale)), tensor1d(mean)) as Tensor2D)
  }
  return { X: transform(X), mean, std, constantColumns, transform, inverse }
}

function checkMatrix(argument: string, x: unknown, columns: number | null): void {
  if (!(x instanceof Tensor)) {
    throw new ValueError({ argument, expected: 'a 2-D tensor', received: describeValue(x) })
  }
  if (columns === null) assertRank(argument, x, 2)
  else assertShape(argument, x, [null, columns])
}

/** Two-pass mean and population standard deviation per column, in float64. */
function columnStatistics(
  values: ArrayLike<number>,
  n: number,
  d: number,
): { mean: number[]; std: number[]; constantColumns: number[] } {
  const mean = new Array<number>(d).fill(0)
  const std = new Array<number>(d).fill(0)
  const constantColumns: number[] = []
  for (let j = 0; j < d; j++) {
    const first = values[j] as number
    let sum = 0
    let constant = true
    for (let i = 0; i < n; i++) {
      const v = values[i * d + j] as number
      sum += v
      if (v !== first) constant = false
    }
    if (constant) {
      // Exact, whatever rounding the sum above made: the column is its one value.
      mean[j] = first
      constantColumns.push(j)
      continue
    }
    const m = sum / n
    let squares = 0
    for (let i = 0; i < n; i++) {
      const deviation = (values[i * d + j] as number) - m
      squares += deviation * deviation
    }
    mean[j] = m
    std[j] = Math.sqrt(squares / n)
  }
  return { mean, std, constantColumns }
}
