import {
  add,
  assertFinite,
  assertInteger,
  assertShape,
  cast,
  createRng,
  describeValue,
  matMul,
  randomNormal,
  reshape,
  type SeedOptions,
  Tensor,
  type Tensor2D,
  tensor1d,
  tidy,
  ValueError,
} from '@d2l-ts/tensor'

/** Options of {@link syntheticData}. */
export interface SyntheticDataOptions extends SeedOptions {
  /** Standard deviation σ of the Gaussian noise ε added to each label, >= 0. Default 0.01, as in the book. */
  noiseStd?: number
}

/** Features and labels of a regression problem. */
export interface RegressionData {
  /** The features, shape `[n, d]`, one example per row. */
  X: Tensor2D
  /** The labels, shape `[n, 1]`. */
  y: Tensor2D
}

/**
 * The book's `synthetic_data(w, b, num_examples)` (section 3.2): n examples of the linear model with
 * Gaussian noise, y = Xw + b + ε, with every feature drawn from N(0, 1) and ε ~ N(0, noiseStd²).
 * With a `seed`, the same call gives the same data.
 *
 * `w` may be a plain array or a 1-D tensor of length d; it is neither disposed nor changed. The caller
 * owns the returned tensors.
 *
 * @param options the noise's standard deviation `noiseStd` (default 0.01), and a seed.
 * @throws {ValueError} for an empty or non-finite `w`, a non-finite `b`, n not a positive integer, or a
 *   negative or non-finite `noiseStd`.
 * @throws {ShapeError} when `w` is a tensor of rank other than 1.
 * @example
 * ```ts
 * import { syntheticData } from '@d2l-ts/data'
 * const { X, y } = syntheticData([2, -3.4], 4.2, 1000, { seed: 0 })
 * X.shape // [1000, 2]
 * y.shape // [1000, 1]
 * ```
 */
export function syntheticData(
  w: readonly number[] | Tensor,
  b: number,
  n: number,
  { noiseStd = 0.01, seed }: SyntheticDataOptions = {},
): RegressionData {
  const d = checkWeights(w)
  if (typeof b !== 'number' || !Number.isFinite(b)) {
    throw new ValueError({ argument: 'b', expected: 'a finite number', received: describeValue(b) })
  }
  assertInteger('n', n, { min: 1 })
  if (typeof noiseStd !== 'number' || !Number.isFinite(noiseStd) || noiseStd < 0) {
    throw new ValueError({
      argument: 'options.noiseStd',
      expected: 'a finite number >= 0',
      received: describeValue(noiseStd),
    })
  }
  if (seed !== undefined) assertInteger('options.seed', seed)
  // Two independent seeds from one, so that X and the noise are not drawn from the same stream.
  const random = seed === undefined ? undefined : createRng(seed)
  const nextSeed = () => (random ? Math.floor(random() * 2 ** 31) : undefined)
  const featureSeed = nextSeed()
  const noiseSeed = nextSeed()
  return tidy(() => {
    const weights = w instanceof Tensor ? cast(w, 'float32') : tensor1d(Array.from(w))
    const X = randomNormal([n, d], { seed: featureSeed }) as Tensor2D
    let y = add(matMul(X, reshape(weights, [d, 1])), b) as Tensor2D
    if (noiseStd > 0) y = add(y, randomNormal([n, 1], { std: noiseStd, seed: noiseSeed }))
    return { X, y }
  })
}

/** Validates w and returns its length d. */
function checkWeights(w: unknown): number {
  if (w instanceof Tensor) {
    if (w.isDisposed) {
      throw new ValueError({
        argument: 'w',
        expected: 'a live tensor',
        received: 'a disposed tensor',
      })
    }
    assertShape('w', w, [null])
    if (w.size === 0) {
      throw new ValueError({
        argument: 'w',
        expected: 'at least one weight',
        received: 'shape [0]',
      })
    }
    assertFinite('w', w)
    return w.size
  }
  if (!Array.isArray(w) || w.length === 0) {
    throw new ValueError({
      argument: 'w',
      expected: 'a non-empty array of numbers or a 1-D tensor',
      received: describeValue(w),
    })
  }
  for (let i = 0; i < w.length; i++) {
    if (typeof w[i] !== 'number') {
      throw new ValueError({
        argument: `w[${i}]`,
        expected: 'a number',
        received: describeValue(w[i]),
      })
    }
  }
  assertFinite('w', w)
  return w.length
}
