// A dataset is generated once in the parent process and handed to each child through files: the raw
// float32 bytes of X and y, and a JSON side-car with the shape, the truth and the reference answer.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Dataset, LinearFit } from './problem.js'

/** What travels with the data. */
export interface DatasetMeta {
  n: number
  d: number
  truth: { w: number[]; b: number }
  reference: { w: number[]; b: number }
}

export function writeDataset(
  dir: string,
  data: Dataset,
  truth: LinearFit,
  reference: LinearFit,
): void {
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'X.f32'), bytesOf(data.X))
  writeFileSync(join(dir, 'y.f32'), bytesOf(data.y))
  const meta: DatasetMeta = {
    n: data.n,
    d: data.d,
    truth: { w: Array.from(truth.w), b: truth.b },
    reference: { w: Array.from(reference.w), b: reference.b },
  }
  writeFileSync(join(dir, 'meta.json'), JSON.stringify(meta))
}

export function readDataset(dir: string): {
  data: Dataset
  truth: LinearFit
  reference: LinearFit
} {
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as DatasetMeta
  const X = floats(readFileSync(join(dir, 'X.f32')))
  const y = floats(readFileSync(join(dir, 'y.f32')))
  if (X.length !== meta.n * meta.d || y.length !== meta.n) {
    throw new Error(
      `dataset in ${dir}: expected ${meta.n}×${meta.d}, found ${X.length} + ${y.length}`,
    )
  }
  return {
    data: { X, y, n: meta.n, d: meta.d },
    truth: { w: Float64Array.from(meta.truth.w), b: meta.truth.b },
    reference: { w: Float64Array.from(meta.reference.w), b: meta.reference.b },
  }
}

function bytesOf(values: Float32Array): Uint8Array {
  return new Uint8Array(values.buffer, values.byteOffset, values.byteLength)
}

/** A float32 view of the file's bytes; copied only when the buffer is not 4-byte aligned. */
function floats(buffer: Buffer): Float32Array {
  if (buffer.byteOffset % 4 === 0) {
    return new Float32Array(buffer.buffer, buffer.byteOffset, buffer.byteLength / 4)
  }
  return new Float32Array(Uint8Array.from(buffer).buffer)
}
