import {
  assertFinite,
  assertShape,
  borrowValues,
  describeValue,
  ShapeError,
  Tensor,
  ValueError,
} from '@d2l-ts/tensor'
import type { Matrix } from './least-squares-fit.js'

/** A row-major float64 matrix handed over without copying into arrays of arrays. */
export interface Float64Matrix {
  data: Float64Array
  /** [rows, cols]. */
  shape: readonly [number, number]
}

/** What the closed form reads data from: a tensor, plain rows of numbers, or a Float64Array with its shape. */
export type MatrixInput = Tensor | readonly (readonly number[])[] | Float64Matrix

/** Labels: as {@link MatrixInput}, or a plain array of numbers for a single output. */
export type LabelInput = MatrixInput | readonly number[]

/**
 * X as a row-major {@link Matrix} with `cols` columns: a tensor's own float32 values (borrowed,
 * not copied), or float64 for plain numbers and Float64Arrays. Nothing the caller passed is changed.
 *
 * @throws {ShapeError} for ragged rows or a shape that is not [n, cols].
 * @throws {ValueError} for no rows, entries that are not finite numbers, or an unknown kind of input.
 * @example
 * ```ts
 * import { readMatrix } from './matrix-input.js'
 * readMatrix('X', [[1, 2], [3, 4]], 2) // { rows: 2, cols: 2, data: Float64Array [1, 2, 3, 4] }
 * ```
 */
export function readMatrix(argument: string, X: unknown, cols: number): Matrix {
  const matrix = read(argument, X, cols, false)
  if (matrix.rows === 0) {
    throw new ValueError({ argument, expected: 'at least one example', received: 'none' })
  }
  return matrix
}

/**
 * y as a row-major {@link Matrix} of `rows` × `outputs`; a vector (plain numbers or a rank-1 tensor)
 * counts as one column when `outputs` is 1.
 *
 * @throws {ShapeError} when y does not have `rows` rows of `outputs` labels.
 * @throws {ValueError} for labels that are not finite numbers, or an unknown kind of input.
 * @example
 * ```ts
 * import { readLabels } from './matrix-input.js'
 * readLabels('y', [1, 2, 3], 3, 1) // { rows: 3, cols: 1, data: Float64Array [1, 2, 3] }
 * ```
 */
export function readLabels(argument: string, y: unknown, rows: number, outputs: number): Matrix {
  const vector =
    outputs === 1 &&
    ((y instanceof Tensor && y.rank === 1) ||
      (Array.isArray(y) && y.every((v) => !Array.isArray(v))))
  const matrix = read(argument, y, outputs, vector)
  if (matrix.rows !== rows) {
    throw new ShapeError({
      argument,
      expected: `${rows} rows of labels, one per row of X`,
      received: `${matrix.rows} rows`,
    })
  }
  return matrix
}

function read(argument: string, value: unknown, cols: number, vector: boolean): Matrix {
  if (value instanceof Tensor) {
    if (vector) assertShape(argument, value, [null])
    else assertShape(argument, value, [null, cols])
    assertFinite(argument, value)
    const data = borrowValues(value)
    return {
      rows: value.shape[0] as number,
      cols,
      data:
        data instanceof Float32Array || data instanceof Float64Array
          ? data
          : Float64Array.from(data),
    }
  }
  if (Array.isArray(value))
    return vector
      ? fromVector(argument, value)
      : fromRows(argument, value, cols, argument === 'y' ? 'output' : 'input')
  if (isFloat64Matrix(value)) return fromFloat64(argument, value, cols)
  throw new ValueError({
    argument,
    expected: `a tensor, an array of rows of ${cols} numbers, or { data: Float64Array, shape: [rows, ${cols}] }`,
    received: describeValue(value),
  })
}

function fromRows(argument: string, rows: readonly unknown[], cols: number, per: string): Matrix {
  const data = new Float64Array(rows.length * cols)
  rows.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== cols) {
      const Failure = Array.isArray(row) ? ShapeError : ValueError
      throw new Failure({
        argument: `${argument}[${i}]`,
        expected: `an array of ${cols} number${cols === 1 ? '' : 's'} (one per ${per})`,
        received: describeValue(row),
      })
    }
    row.forEach((v, j) => {
      data[i * cols + j] = finite(`${argument}[${i}][${j}]`, v)
    })
  })
  return { rows: rows.length, cols, data }
}

function fromVector(argument: string, values: readonly unknown[]): Matrix {
  return {
    rows: values.length,
    cols: 1,
    data: Float64Array.from(values, (v, i) => finite(`${argument}[${i}]`, v)),
  }
}

function fromFloat64(argument: string, { data, shape }: Float64Matrix, cols: number): Matrix {
  const [rows, width] = shape
  if (width !== cols || !Number.isInteger(rows) || rows < 0 || data.length !== rows * width) {
    throw new ShapeError({
      argument: `${argument}.shape`,
      expected: `[rows, ${cols}] with rows·${cols} = data.length (${data.length})`,
      received: `[${shape.join(', ')}]`,
    })
  }
  for (let i = 0; i < data.length; i++) finite(`${argument}.data[${i}]`, data[i])
  return { rows, cols, data }
}

function finite(argument: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw new ValueError({ argument, expected: 'a finite number', received: describeValue(v) })
  }
  return v
}

function isFloat64Matrix(value: unknown): value is Float64Matrix {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Float64Matrix).data instanceof Float64Array &&
    Array.isArray((value as Float64Matrix).shape) &&
    (value as Float64Matrix).shape.length === 2
  )
}
