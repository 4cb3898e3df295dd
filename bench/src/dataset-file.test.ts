import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readDataset, writeDataset } from './dataset-file.js'

const dir = mkdtempSync(join(os.tmpdir(), 'd2l-bench-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('writeDataset / readDataset', () => {
  it('round-trips the data, the truth and the reference exactly', () => {
    const data = {
      X: Float32Array.from([1.5, -2, 3.25, 4]),
      y: Float32Array.from([0.1, 0.2]),
      n: 2,
      d: 2,
    }
    const truth = { w: Float64Array.from([2, -3.4]), b: 4.2 }
    const reference = { w: Float64Array.from([2.0000001, -3.3999999]), b: 4.2000001 }
    writeDataset(join(dir, 'a'), data, truth, reference)
    const back = readDataset(join(dir, 'a'))
    expect([...back.data.X]).toEqual([...data.X])
    expect([...back.data.y]).toEqual([...data.y])
    expect(back.data.n).toBe(2)
    expect(back.data.d).toBe(2)
    expect([...back.truth.w]).toEqual([2, -3.4])
    expect(back.reference.b).toBe(4.2000001)
  })
})
