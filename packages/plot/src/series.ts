import { describeValue, ValueError } from '@d2l-ts/errors'

/**
 * Anything tensor-like: a tfjs `Tensor`, or any object with `arraySync()` (nested arrays) or
 * `dataSync()` (flat values, shaped by `shape`). Only 1-D and 2-D data can be plotted; the rows of a
 * 2-D tensor are its series. `@d2l-ts/plot` calls these methods and never depends on tfjs.
 *
 * @example
 * ```ts
 * import { type TensorLike, plot } from '@d2l-ts/plot'
 * const t: TensorLike = { shape: [3], dataSync: () => new Float32Array([1, 4, 9]) }
 * plot(t).startsWith('<svg') // true
 * ```
 */
export type TensorLike =
  | { arraySync(): unknown; dataSync?(): ArrayLike<number>; shape?: readonly number[] }
  | { dataSync(): ArrayLike<number>; shape?: readonly number[] }

/**
 * One series of numbers: an array, a typed array, or a 1-D {@link TensorLike}.
 *
 * @example
 * ```ts
 * import { type Series, plot } from '@d2l-ts/plot'
 * const a: Series = [1, 2, 3]
 * const b: Series = new Float64Array([1, 2, 3])
 * plot(a) === plot(b) // true
 * ```
 */
export type Series = ArrayLike<number> | TensorLike

/**
 * What `plot` accepts for `X` and for `Y`: one series, several (an array of series), or a 2-D
 * {@link TensorLike} whose rows are the series.
 *
 * @example
 * ```ts
 * import { type SeriesData, plot } from '@d2l-ts/plot'
 * const one: SeriesData = [1, 4, 9]
 * const two: SeriesData = [[1, 2, 3], new Float32Array([3, 2, 1])]
 * plot(two).split('class="series"').length - 1 // 2
 * ```
 */
export type SeriesData = Series | readonly Series[]

/** True for objects that look like tensors (have `arraySync` or `dataSync`). */
export function isTensorLike(value: unknown): value is TensorLike {
  if (typeof value !== 'object' || value === null) return false
  const v = value as { arraySync?: unknown; dataSync?: unknown }
  return typeof v.arraySync === 'function' || typeof v.dataSync === 'function'
}

/** True for what {@link toSeriesList} can read: arrays, typed arrays and tensor-likes. */
export function isSeriesData(value: unknown): boolean {
  return Array.isArray(value) || isNumericTypedArray(value) || isTensorLike(value)
}

function isNumericTypedArray(value: unknown): value is ArrayLike<number> {
  return ArrayBuffer.isView(value) && !(value instanceof DataView) && !isBigIntArray(value)
}

function isBigIntArray(value: unknown): boolean {
  return value instanceof BigInt64Array || value instanceof BigUint64Array
}

interface Where {
  source: string
  argument: string
}

/** Reads a tensor-like into plain (possibly nested) arrays, or throws for ranks other than 1 and 2. */
function readTensor(tensor: TensorLike, where: Where): unknown {
  const shape = Array.isArray(tensor.shape) ? tensor.shape : undefined
  if (shape && shape.length !== 1 && shape.length !== 2) {
    throw new ValueError({
      ...where,
      expected: 'a 1-D or 2-D tensor',
      received: `a tensor of shape [${shape.join(', ')}]`,
    })
  }
  // dataSync() hands over a flat typed array without building nested JavaScript arrays, so it is
  // preferred whenever the shape says how to cut it into rows.
  if (shape && typeof tensor.dataSync === 'function') {
    const flat = tensor.dataSync()
    if (shape.length === 1) return flat
    const [rows = 0, cols = 0] = shape
    const values = Array.from(flat)
    return Array.from({ length: rows }, (_, r) => values.slice(r * cols, (r + 1) * cols))
  }
  if ('arraySync' in tensor && typeof tensor.arraySync === 'function') return tensor.arraySync()
  // dataSync() without a shape: taken as one flat series.
  return (tensor as { dataSync(): ArrayLike<number> }).dataSync()
}

/** Copies one series into a fresh `number[]`, checking that every element is a number. */
function readSeries(values: ArrayLike<unknown>, where: Where): number[] {
  const out = new Array<number>(values.length)
  for (let i = 0; i < values.length; i++) {
    const v = values[i]
    if (typeof v !== 'number') {
      throw new ValueError({
        source: where.source,
        argument: `${where.argument}[${i}]`,
        expected: 'a number (NaN and ±Infinity are drawn as gaps)',
        received: describeValue(v),
      })
    }
    out[i] = v
  }
  if (out.length === 0) {
    throw new ValueError({
      ...where,
      expected: 'at least one value',
      received: 'an empty series',
    })
  }
  return out
}

/** Series read from one argument, with the name each goes by in error messages. */
export interface SeriesList {
  /** Fresh copies of the series. */
  values: number[][]
  /** `'Y'` when the argument was one series, else `'Y[0]'`, `'Y[1]'`, … */
  names: string[]
}

/**
 * Reads `X` or `Y` of `plot` into a list of fresh `number[]` series (the caller's data is copied, never
 * kept or changed). One series of numbers gives a list of one; an array of series, or a 2-D tensor,
 * gives one series per element or row.
 *
 * @throws {ValueError} for anything that is not numbers, an array of series, or a 1-D/2-D tensor.
 * @throws {ValueError} for an empty series or an empty list of series.
 */
export function toSeriesList(value: unknown, where: Where): SeriesList {
  const data = isTensorLike(value) ? readTensor(value, where) : value
  if (isNumericTypedArray(data))
    return { values: [readSeries(data, where)], names: [where.argument] }
  if (!Array.isArray(data)) {
    throw new ValueError({
      ...where,
      expected: 'numbers, an array of series, a typed array or a tensor',
      received: describeValue(data),
    })
  }
  if (data.length === 0) {
    throw new ValueError({
      ...where,
      expected: 'at least one value',
      received: 'an empty array',
    })
  }
  // The book's has_one_axis(): a list whose first element is not itself a sequence is one series.
  if (!isSeriesData(data[0])) return { values: [readSeries(data, where)], names: [where.argument] }
  const names = data.map((_, i) => `${where.argument}[${i}]`)
  const values = data.map((item: unknown, i) => {
    const at = { source: where.source, argument: names[i] as string }
    const inner = isTensorLike(item) ? readTensor(item, at) : item
    if (isNumericTypedArray(inner) || Array.isArray(inner)) return readSeries(inner, at)
    throw new ValueError({
      ...at,
      expected: 'a series (an array of numbers, a typed array or a 1-D tensor)',
      received: describeValue(inner),
    })
  })
  return { values, names }
}
