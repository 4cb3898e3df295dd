import { describeValue, ShapeError, ValueError } from '@d2l-ts/errors'
import { type Tensor, Variable } from '@tensorflow/tfjs-core'
import { borrowValues } from './borrow.js'

/** Anything with a shape: a tensor, or a plain description of one. */
export interface Shaped {
  readonly shape: readonly number[]
}

/**
 * Writes a shape the way the error messages do.
 *
 * @example
 * ```ts
 * import { formatShape } from '@d2l-ts/tensor'
 * formatShape([1000, 2]) // '[1000, 2]'
 * formatShape([null, 1]) // '[n, 1]'
 * ```
 */
export function formatShape(shape: readonly (number | null)[]): string {
  return `[${shape.map((d) => (d === null ? 'n' : String(d))).join(', ')}]`
}

/**
 * Checks a tensor's shape; `null` in `expected` accepts any size in that dimension.
 *
 * @throws {ShapeError} naming `argument` when the rank or a fixed dimension differs.
 * @example
 * ```ts
 * import { assertShape, zeros } from '@d2l-ts/tensor'
 * assertShape('X', zeros([5, 2]), [null, 2]) // passes
 * assertShape('X', zeros([5, 3]), [null, 2]) // throws ShapeError: X: expected [n, 2], received [5, 3]
 * ```
 */
export function assertShape(
  argument: string,
  x: Shaped,
  expected: readonly (number | null)[],
): void {
  const matches =
    x.shape.length === expected.length && expected.every((d, i) => d === null || d === x.shape[i])
  if (!matches) {
    throw new ShapeError({
      argument,
      expected: formatShape(expected),
      received: formatShape(x.shape),
    })
  }
}

/**
 * Checks a tensor's rank (number of dimensions).
 *
 * @throws {ShapeError} naming `argument` when the rank is not one of `ranks`.
 * @example
 * ```ts
 * import { assertRank, zeros } from '@d2l-ts/tensor'
 * assertRank('y', zeros([5]), [1, 2]) // passes
 * ```
 */
export function assertRank(argument: string, x: Shaped, ranks: number | readonly number[]): void {
  const allowed = typeof ranks === 'number' ? [ranks] : ranks
  if (!allowed.includes(x.shape.length)) {
    throw new ShapeError({
      argument,
      expected: `a tensor of rank ${allowed.join(' or ')}`,
      received: `rank ${x.shape.length}, shape ${formatShape(x.shape)}`,
    })
  }
}

/**
 * Checks that two tensors hold the same number of examples (their first dimensions agree).
 *
 * @throws {ShapeError} naming the second argument when the row counts differ.
 * @example
 * ```ts
 * import { assertSameRows, zeros } from '@d2l-ts/tensor'
 * assertSameRows('X', zeros([4, 2]), 'y', zeros([4, 1])) // passes
 * ```
 */
export function assertSameRows(aName: string, a: Shaped, bName: string, b: Shaped): void {
  if (a.shape[0] !== b.shape[0]) {
    throw new ShapeError({
      argument: bName,
      expected: `${a.shape[0]} rows, as many as ${aName} ${formatShape(a.shape)}`,
      received: `${b.shape[0]} rows, shape ${formatShape(b.shape)}`,
    })
  }
}

/**
 * Checks that every element is a finite number (no NaN, no ±Infinity). On a tensor this reads its data
 * back, so call it at a public boundary, not inside a training step.
 *
 * @throws {ValueError} naming `argument`, the first bad value and where it sits.
 * @example
 * ```ts
 * import { assertFinite, tensor2d } from '@d2l-ts/tensor'
 * assertFinite('X', tensor2d([[1, 2], [3, 4]])) // passes
 * assertFinite('X', tensor2d([[1, 2], [NaN, 4]])) // throws: X: expected finite numbers, received NaN at [1, 0]
 * ```
 */
export function assertFinite(argument: string, x: Tensor | ArrayLike<number>): void {
  const isTensor = 'dataSync' in x
  // Tensors are immutable, so one that passed never needs reading again (a large training set is
  // checked once, not on every fit). Variables change under `assign`, so they are always read.
  const cacheable = isTensor && !(x instanceof Variable)
  if (cacheable && finiteTensors.has(x)) return
  const values = isTensor ? borrowValues(x) : x
  const shape = isTensor ? x.shape : [values.length]
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number
    if (!Number.isFinite(v)) {
      throw new ValueError({
        argument,
        expected: 'finite numbers',
        received: `${v} at ${formatShape(unravelIndex(i, shape))}`,
      })
    }
  }
  if (cacheable) finiteTensors.add(x)
}

/** Tensors that {@link assertFinite} has already read and found finite. */
const finiteTensors = new WeakSet<Tensor>()

function unravelIndex(flat: number, shape: readonly number[]): number[] {
  const index = new Array<number>(shape.length).fill(0)
  let rest = flat
  for (let d = shape.length - 1; d >= 0; d--) {
    const size = shape[d] as number
    index[d] = rest % size
    rest = Math.floor(rest / size)
  }
  return index
}

/**
 * Checks that a number is finite and strictly positive (a learning rate, a standard deviation).
 *
 * @throws {ValueError} naming `argument` otherwise, NaN included.
 * @example
 * ```ts
 * import { assertPositive } from '@d2l-ts/tensor'
 * assertPositive('lr', 0.03) // passes
 * assertPositive('lr', 0) // throws: lr: expected a finite number > 0, received 0
 * ```
 */
export function assertPositive(argument: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new ValueError({
      argument,
      expected: 'a finite number > 0',
      received: describeValue(value),
    })
  }
}

/** Bounds for {@link assertInteger}, both inclusive. */
export interface IntegerBounds {
  min?: number
  max?: number
}

/**
 * Checks that a number is an integer within inclusive bounds (a batch size, an epoch count).
 *
 * @param bounds the lowest and highest allowed values, `min` and `max`; either may be left out.
 * @throws {ValueError} naming `argument` and the bounds otherwise.
 * @example
 * ```ts
 * import { assertInteger } from '@d2l-ts/tensor'
 * assertInteger('batchSize', 10, { min: 1, max: 1000 }) // passes
 * assertInteger('batchSize', 2.5, { min: 1 }) // throws: batchSize: expected an integer >= 1, received 2.5
 * ```
 */
export function assertInteger(
  argument: string,
  value: number,
  { min, max }: IntegerBounds = {},
): void {
  const inRange =
    Number.isInteger(value) &&
    (min === undefined || value >= min) &&
    (max === undefined || value <= max)
  if (!inRange) {
    const bounds = [min === undefined ? '' : `>= ${min}`, max === undefined ? '' : `<= ${max}`]
      .filter(Boolean)
      .join(' and ')
    throw new ValueError({
      argument,
      expected: `an integer${bounds ? ` ${bounds}` : ''}`,
      received: describeValue(value),
    })
  }
}
