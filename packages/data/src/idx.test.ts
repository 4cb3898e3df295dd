import { gzipSync } from 'node:zlib'
import { ShapeError, ValueError } from '@d2l-ts/tensor'
import { describe, expect, it } from 'vitest'
import { fromIDX, readIDX } from './index.js'

/**
 * An IDX file written byte by byte from the format's description: 0x00 0x00, the type code, the
 * rank, the dimensions as big-endian uint32, then the values big-endian, `bytes` each.
 */
function idxFile(code: number, shape: number[], values: number[], bytes: number): Uint8Array {
  const header = [0, 0, code, shape.length]
  for (const d of shape) header.push((d >>> 24) & 255, (d >>> 16) & 255, (d >>> 8) & 255, d & 255)
  const body = new DataView(new ArrayBuffer(values.length * bytes))
  values.forEach((v, i) => {
    if (code === 0x08) body.setUint8(i, v)
    else if (code === 0x09) body.setInt8(i, v)
    else if (code === 0x0b) body.setInt16(2 * i, v, false)
    else if (code === 0x0c) body.setInt32(4 * i, v, false)
    else if (code === 0x0d) body.setFloat32(4 * i, v, false)
    else body.setFloat64(8 * i, v, false)
  })
  return Uint8Array.from([...header, ...new Uint8Array(body.buffer)])
}

describe('readIDX', () => {
  it('reads a 3-D ubyte file like train-images-idx3-ubyte: header, shape and row-major pixels', () => {
    // Two 2×3 "images"; the header is 0x00000803, then 2, 2, 3 as big-endian uint32.
    const pixels = [0, 1, 2, 3, 4, 255, 10, 20, 30, 40, 50, 60]
    const file = idxFile(0x08, [2, 2, 3], pixels, 1)
    expect(Array.from(file.slice(0, 8))).toEqual([0, 0, 8, 3, 0, 0, 0, 2])
    const { type, shape, data } = readIDX(file)
    expect(type).toBe('uint8')
    expect(shape).toEqual([2, 2, 3])
    expect(data).toBeInstanceOf(Uint8Array)
    expect(Array.from(data)).toEqual(pixels)
  })

  it('reads dimensions above 255, as Fashion-MNIST’s 60000 labels need', () => {
    const file = idxFile(0x08, [300], new Array(300).fill(7), 1)
    expect(Array.from(file.slice(4, 8))).toEqual([0, 0, 1, 44]) // 300 = 1·256 + 44
    expect(readIDX(file).shape).toEqual([300])
  })

  it('turns every big-endian type into the host’s typed array', () => {
    const cases: [number, number, string, number[], new (values: number[]) => ArrayLike<number>][] =
      [
        [0x09, 1, 'int8', [-128, -1, 127], Int8Array],
        [0x0b, 2, 'int16', [-32768, 258, 32767], Int16Array],
        [0x0c, 4, 'int32', [-2147483648, 16909060, 2147483647], Int32Array],
        [0x0d, 4, 'float32', [-1.5, 0.25, 3e38], Float32Array],
        [0x0e, 8, 'float64', [-1e300, Math.PI, 5e-324], Float64Array],
      ]
    for (const [code, bytes, type, values, array] of cases) {
      const read = readIDX(idxFile(code, [3], values, bytes))
      expect(read.type).toBe(type)
      expect(read.data).toBeInstanceOf(array)
      expect(Array.from(read.data)).toEqual(Array.from(new array(values)))
    }
  })

  it('reads from an ArrayBuffer and from a view into a larger buffer', () => {
    const file = idxFile(0x08, [2], [5, 6], 1)
    expect(Array.from(readIDX(file.slice().buffer).data)).toEqual([5, 6])
    const padded = new Uint8Array(file.length + 8)
    padded.set(file, 4)
    expect(Array.from(readIDX(padded.subarray(4, 4 + file.length)).data)).toEqual([5, 6])
  })

  it('refuses what is not an IDX file, saying why', () => {
    expect(() => readIDX(new Uint8Array([1, 2, 3, 4]))).toThrow(
      'bytes: expected an IDX file, starting with the magic number 0x00 0x00 <type> <rank>, received 4 bytes starting with 0x01 0x02 0x03 0x04',
    )
    expect(() => readIDX(gzipSync(idxFile(0x08, [1], [1], 1)))).toThrow(
      'These bytes are gzip-compressed: decompress them first',
    )
    expect(() => readIDX(Uint8Array.from([0, 0, 0x0a, 1, 0, 0, 0, 1, 9]))).toThrow(
      'bytes: expected an IDX type code 0x08, 0x09, 0x0b, 0x0c, 0x0d or 0x0e in the third byte, received 0x0a',
    )
    const truncated = idxFile(0x08, [2, 2], [1, 2, 3, 4], 1).slice(0, -1)
    expect(() => readIDX(truncated)).toThrow(
      'bytes: expected 16 bytes: a 12-byte header and 4 uint8 values for shape [2, 2], received 15 bytes',
    )
    expect(() => readIDX(Uint8Array.from([0, 0, 8, 3, 0, 0]))).toThrow(
      'expected a header of 16 bytes for 3 dimensions, received 6 bytes',
    )
    expect(() => readIDX([0, 0, 8, 1] as unknown as Uint8Array)).toThrow(ValueError)
  })
})

describe('fromIDX', () => {
  const images = idxFile(0x08, [3, 2, 2], [0, 255, 51, 102, 255, 255, 0, 0, 1, 2, 3, 4], 1)
  const labels = idxFile(0x08, [3], [9, 0, 3], 1)

  it('gives one flattened, scaled example per row and int32 labels', () => {
    const { X, y } = fromIDX(images, labels)
    expect(X.shape).toEqual([3, 4])
    expect(X.arraySync()[0]).toEqual([0, 1, 0.2, 0.4].map((v) => Math.fround(v)))
    expect(y.dtype).toBe('int32')
    expect(Array.from(y.dataSync())).toEqual([9, 0, 3])
    expect(fromIDX(images, labels, { scale: 1 }).X.arraySync()[1]).toEqual([255, 255, 0, 0])
  })

  it('refuses labels that do not match the images', () => {
    const two = idxFile(0x08, [2], [1, 2], 1)
    expect(() => fromIDX(images, two)).toThrow(ShapeError)
    expect(() => fromIDX(images, two)).toThrow(
      'labels: expected [3]: one label per example of images [3, 2, 2], received [2]',
    )
    expect(() => fromIDX(images, idxFile(0x0d, [3], [0, 1.5, 2], 4))).toThrow(
      'labels: expected whole-number class indices, received 1.5 at [1]',
    )
  })
})
