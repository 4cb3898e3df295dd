// Internal: the row bookkeeping shared by the minibatch loader and the train/test split. Data is copied
// out of its tensors once, into typed arrays; each batch or split is then gathered row by row into a
// fresh typed array and wrapped in one new tensor, with no tfjs op per row.
import {
  assertFinite,
  assertSameRows,
  type DataType,
  describeValue,
  formatShape,
  ShapeError,
  Tensor,
  type TypedArray,
  tensor,
  ValueError,
} from '@d2l-ts/tensor'

/** One tensor's data, copied: its values in row-major order and what one row looks like. */
export interface RowTable {
  /** The argument's name, for error messages. */
  readonly name: string
  readonly values: TypedArray
  readonly dtype: DataType
  /** The shape of one row (the tensor's shape without its first dimension). */
  readonly rowShape: readonly number[]
  /** The number of values in one row. */
  readonly rowSize: number
}

const SUPPORTED_DTYPES: readonly DataType[] = ['float32', 'int32', 'bool']

/**
 * Validates tensors that hold the same examples (one per row) and copies their data, so that the
 * caller keeps ownership of the tensors: disposing them afterwards does not touch the copies.
 *
 * @param names how each tensor is called in error messages (`'arrays[0]'`, `'features'`).
 * @throws {ValueError} for an empty list, a non-tensor, an unsupported dtype, zero rows, NaN or ±Infinity.
 * @throws {ShapeError} for a scalar, or tensors whose row counts differ.
 */
export function copyRows(
  arrays: unknown,
  names: (index: number) => string,
): { tables: RowTable[]; size: number } {
  if (!Array.isArray(arrays) || arrays.length === 0) {
    throw new ValueError({
      argument: 'arrays',
      expected: 'a non-empty array of tensors',
      received: describeValue(arrays),
    })
  }
  const tensors = arrays.map((x: unknown, i) => checkTensor(names(i), x))
  const first = tensors[0] as Tensor
  tensors.forEach((x, i) => {
    assertSameRows(names(0), first, names(i), x)
  })
  const size = first.shape[0] as number
  if (size === 0) {
    throw new ValueError({
      argument: names(0),
      expected: 'at least one row (example)',
      received: `0 rows, shape ${formatShape(first.shape)}`,
    })
  }
  const tables = tensors.map((x, i): RowTable => {
    const name = names(i)
    assertFinite(name, x)
    const rowShape = x.shape.slice(1)
    return {
      name,
      // slice(): the cpu backend's dataSync() hands out its own storage, which must not be aliased.
      values: x.dataSync().slice(),
      dtype: x.dtype,
      rowShape,
      rowSize: rowShape.reduce((a, b) => a * b, 1),
    }
  })
  return { tables, size }
}

function checkTensor(name: string, x: unknown): Tensor {
  if (!(x instanceof Tensor)) {
    throw new ValueError({ argument: name, expected: 'a tensor', received: describeValue(x) })
  }
  if (x.isDisposed) {
    throw new ValueError({
      argument: name,
      expected: 'a live tensor',
      received: 'a disposed tensor',
    })
  }
  if (x.rank === 0) {
    throw new ShapeError({
      argument: name,
      expected: 'a tensor of rank >= 1, one row per example',
      received: 'a scalar, shape []',
    })
  }
  if (!SUPPORTED_DTYPES.includes(x.dtype)) {
    throw new ValueError({
      argument: name,
      expected: `a tensor of dtype ${SUPPORTED_DTYPES.join(', ')}`,
      received: `dtype ${x.dtype}`,
    })
  }
  return x
}

type TypedArrayConstructor = new (length: number) => TypedArray

/**
 * A new tensor holding rows `order[start] … order[end - 1]` of `table`, in that order; with no
 * `order`, rows `start … end - 1`. The caller owns the result.
 */
export function takeRows(
  table: RowTable,
  order: ArrayLike<number> | null,
  start: number,
  end: number,
): Tensor {
  const { values, rowSize } = table
  const count = end - start
  let out: TypedArray
  if (order === null) {
    out = values.slice(start * rowSize, end * rowSize)
  } else {
    out = new (values.constructor as TypedArrayConstructor)(count * rowSize)
    if (rowSize === 1) {
      for (let i = 0; i < count; i++) out[i] = values[order[start + i] as number] as number
    } else {
      for (let i = 0; i < count; i++) {
        const from = (order[start + i] as number) * rowSize
        out.set(values.subarray(from, from + rowSize), i * rowSize)
      }
    }
  }
  return tensor(out, [count, ...table.rowShape], table.dtype)
}
