import {
  describeValue,
  formatShape,
  ShapeError,
  type Tensor1D,
  type Tensor2D,
  tensor1d,
  tensor2d,
  ValueError,
} from '@d2l-ts/tensor'

/** The element types of the IDX format, by the name of their typed array. */
export type IDXType = 'uint8' | 'int8' | 'int16' | 'int32' | 'float32' | 'float64'

/** An IDX file's content: its element type, its dimensions and its values in row-major order. */
export interface IDXData {
  type: IDXType
  shape: number[]
  data: Uint8Array | Int8Array | Int16Array | Int32Array | Float32Array | Float64Array
}

/** The type code in the magic number's third byte, and each type's size in bytes. */
const TYPES: Record<number, { type: IDXType; bytes: number }> = {
  8: { type: 'uint8', bytes: 1 },
  9: { type: 'int8', bytes: 1 },
  11: { type: 'int16', bytes: 2 },
  12: { type: 'int32', bytes: 4 },
  13: { type: 'float32', bytes: 4 },
  14: { type: 'float64', bytes: 8 },
}

/**
 * Reads a file in the IDX format of MNIST and Fashion-MNIST (the files of 3.5, once un-gzipped): a
 * magic number `0x00 0x00 <type> <rank>`, then `rank` big-endian uint32 dimensions, then the values,
 * big-endian. The values are copied into a typed array of the file's type, in the host's byte order.
 *
 * @param bytes the whole file: an ArrayBuffer, a Uint8Array or a Node Buffer.
 * @throws {ValueError} naming `bytes` for a bad magic number, an unknown type code, or a length that
 *   is not the header plus the product of the dimensions times the type's size.
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { gunzipSync } from 'node:zlib'
 * import { readIDX } from '@d2l-ts/data'
 * const images = readIDX(gunzipSync(readFileSync('train-images-idx3-ubyte.gz')))
 * images.type // 'uint8'
 * images.shape // [60000, 28, 28]
 * ```
 */
export function readIDX(bytes: ArrayBuffer | Uint8Array): IDXData {
  const view = toDataView(bytes)
  if (view.byteLength < 4 || view.getUint8(0) !== 0 || view.getUint8(1) !== 0) {
    // The files are published gzip-compressed; forgetting to decompress them is the usual mistake.
    const gzip = view.byteLength >= 2 && view.getUint8(0) === 0x1f && view.getUint8(1) === 0x8b
    throw new ValueError(
      {
        argument: 'bytes',
        expected: 'an IDX file, starting with the magic number 0x00 0x00 <type> <rank>',
        received: `${view.byteLength} bytes starting with ${hexPrefix(view)}`,
      },
      gzip
        ? 'These bytes are gzip-compressed: decompress them first (gunzipSync from node:zlib)'
        : undefined,
    )
  }
  const code = view.getUint8(2)
  const kind = TYPES[code]
  if (!kind) {
    throw new ValueError({
      argument: 'bytes',
      expected: 'an IDX type code 0x08, 0x09, 0x0b, 0x0c, 0x0d or 0x0e in the third byte',
      received: `0x${code.toString(16).padStart(2, '0')}`,
    })
  }
  const rank = view.getUint8(3)
  const header = 4 + 4 * rank
  if (view.byteLength < header) {
    throw new ValueError({
      argument: 'bytes',
      expected: `a header of ${header} bytes for ${rank} dimensions`,
      received: `${view.byteLength} bytes`,
    })
  }
  const shape = Array.from({ length: rank }, (_, d) => view.getUint32(4 + 4 * d, false))
  const size = shape.reduce((a, b) => a * b, 1)
  const expected = header + size * kind.bytes
  if (view.byteLength !== expected) {
    throw new ValueError({
      argument: 'bytes',
      expected: `${expected} bytes: a ${header}-byte header and ${size} ${kind.type} values for shape ${formatShape(shape)}`,
      received: `${view.byteLength} bytes`,
    })
  }
  return { type: kind.type, shape, data: readValues(view, header, size, kind.type) }
}

/**
 * A classification data set from a pair of IDX files, such as Fashion-MNIST's
 * `train-images-idx3-ubyte` and `train-labels-idx1-ubyte`: X holds one flattened example per row
 * (28 × 28 images become 784 columns), multiplied by `scale` (default 1/255, so pixels lie in
 * [0, 1], as `ToTensor` gives in 3.5); y holds the labels as int32 class indices.
 *
 * @param options the `scale` that multiplies every value of X (default 1/255).
 * @throws {ValueError} for files that are not IDX (see {@link readIDX}), or labels that are not whole numbers.
 * @throws {ShapeError} when the labels are not one-dimensional or their count differs from the number of examples.
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { gunzipSync } from 'node:zlib'
 * import { fromIDX } from '@d2l-ts/data'
 * const read = (name: string) => gunzipSync(readFileSync(`fashion-mnist/${name}.gz`))
 * const { X, y } = fromIDX(read('train-images-idx3-ubyte'), read('train-labels-idx1-ubyte'))
 * X.shape // [60000, 784]
 * y.shape // [60000]
 * ```
 */
export function fromIDX(
  images: ArrayBuffer | Uint8Array,
  labels: ArrayBuffer | Uint8Array,
  { scale = 1 / 255 }: { scale?: number } = {},
): { X: Tensor2D; y: Tensor1D } {
  if (typeof scale !== 'number' || !Number.isFinite(scale)) {
    throw new ValueError({
      argument: 'options.scale',
      expected: 'a finite number',
      received: describeValue(scale),
    })
  }
  const features = readIDX(images)
  const classes = readIDX(labels)
  const n = features.shape[0] ?? 0
  if (classes.shape.length !== 1 || classes.shape[0] !== n) {
    throw new ShapeError({
      argument: 'labels',
      expected: `[${n}]: one label per example of images ${formatShape(features.shape)}`,
      received: formatShape(classes.shape),
    })
  }
  const index = classes.data.findIndex((v) => !Number.isInteger(v))
  if (index >= 0) {
    throw new ValueError({
      argument: 'labels',
      expected: 'whole-number class indices',
      received: `${classes.data[index]} at [${index}]`,
    })
  }
  const width = n === 0 ? 0 : features.data.length / n
  const X = Float32Array.from(features.data, (v) => v * scale)
  return { X: tensor2d(X, [n, width]), y: tensor1d(Int32Array.from(classes.data), 'int32') }
}

function toDataView(bytes: ArrayBuffer | Uint8Array): DataView {
  if (bytes instanceof ArrayBuffer) return new DataView(bytes)
  if (bytes instanceof Uint8Array)
    return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  throw new ValueError({
    argument: 'bytes',
    expected: 'an ArrayBuffer, a Uint8Array or a Buffer',
    received: describeValue(bytes),
  })
}

function hexPrefix(view: DataView): string {
  const shown = Array.from(
    { length: Math.min(4, view.byteLength) },
    (_, i) => `0x${view.getUint8(i).toString(16).padStart(2, '0')}`,
  )
  return shown.length ? shown.join(' ') : 'nothing'
}

/** The values, big-endian in the file, in a typed array of the host's byte order. */
function readValues(view: DataView, offset: number, size: number, type: IDXType): IDXData['data'] {
  switch (type) {
    case 'uint8':
      return new Uint8Array(
        view.buffer.slice(view.byteOffset + offset, view.byteOffset + offset + size),
      )
    case 'int8':
      return new Int8Array(
        view.buffer.slice(view.byteOffset + offset, view.byteOffset + offset + size),
      )
    case 'int16':
      return Int16Array.from({ length: size }, (_, i) => view.getInt16(offset + 2 * i, false))
    case 'int32':
      return Int32Array.from({ length: size }, (_, i) => view.getInt32(offset + 4 * i, false))
    case 'float32':
      return Float32Array.from({ length: size }, (_, i) => view.getFloat32(offset + 4 * i, false))
    case 'float64':
      return Float64Array.from({ length: size }, (_, i) => view.getFloat64(offset + 8 * i, false))
  }
}
