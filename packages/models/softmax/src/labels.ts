import { formatShape, ShapeError, type Tensor, ValueError } from '@d2l-ts/tensor'

/**
 * Checks class labels at a public boundary: `[n]` (or `[n, 1]`) int32 or float32 whole numbers in
 * [0, classes), one per row of `rowsOf`. Returns them as an Int32Array.
 *
 * @throws {ShapeError} naming `argument` for the wrong shape.
 * @throws {ValueError} naming `argument`, the first bad label and its index.
 */
export function checkLabels(
  argument: string,
  labels: Tensor,
  rows: { name: string; shape: readonly number[] },
  classes: number,
): Int32Array {
  const n = rows.shape[0]
  const { shape } = labels
  const oneColumn = shape.length === 2 && shape[1] === 1
  if (!((shape.length === 1 || oneColumn) && shape[0] === n)) {
    throw new ShapeError({
      argument,
      expected: `[${n}]: one class index per row of ${rows.name} ${formatShape(rows.shape)}`,
      received: formatShape(shape),
    })
  }
  if (labels.dtype !== 'int32' && labels.dtype !== 'float32') {
    throw new ValueError({
      argument,
      expected: 'an int32 or float32 tensor of class indices',
      received: `a ${labels.dtype} tensor`,
    })
  }
  const values = labels.dataSync() as Int32Array | Float32Array
  const bad = values.findIndex((v) => !(Number.isInteger(v) && v >= 0 && v < classes))
  if (bad >= 0) {
    throw new ValueError({
      argument,
      expected: `class indices: whole numbers in [0, ${classes})`,
      received: `${values[bad]} at [${bad}]`,
    })
  }
  return Int32Array.from(values)
}
