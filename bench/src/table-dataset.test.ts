import { mkdtempSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ensureTableDataset, readTableDataset } from './table-dataset.js'
import type { TableCase } from './workload.js'

const cacheRoot = mkdtempSync(join(os.tmpdir(), 'd2l-bench-cache-'))
afterAll(() => rmSync(cacheRoot, { recursive: true, force: true }))

const c: TableCase = {
  label: '5000×2',
  n: 5000,
  d: 2,
  truth: { w: Float64Array.from([1.5, -0.5]), b: 2 },
  seed: 11,
  noiseStd: 0.01,
  means: Float64Array.from([0.5, -1]),
  scales: Float64Array.from([1, 2]),
}

describe('ensureTableDataset', () => {
  it('makes the file and its reference once, then finds them in the cache', async () => {
    const first = await ensureTableDataset(c, cacheRoot)
    expect(first.cached).toBe(false)
    expect(first.meta.rawBytes).toBe(5000 * 3 * 8)
    expect(first.meta.features).toEqual(['x1', 'x2'])
    const again = await ensureTableDataset(c, cacheRoot)
    expect(again.cached).toBe(true)
    expect(again.meta.reference).toEqual(first.meta.reference)

    const { table, truth, reference } = readTableDataset(first.dir)
    expect(table).toMatchObject({ features: ['x1', 'x2'], target: 'y', n: 5000 })
    expect(statSync(table.path).size).toBe(first.meta.fileBytes)
    expect(truth.b).toBe(2)
    expect(reference.w[0]).toBeCloseTo(1.5, 2)
  })

  it('makes the file again when the recipe changed', async () => {
    const before = await ensureTableDataset(c, cacheRoot)
    const noisier = await ensureTableDataset({ ...c, noiseStd: 0.5 }, cacheRoot)
    expect(noisier.dir).toBe(before.dir)
    expect(noisier.cached).toBe(false)
    expect(noisier.meta.reference).not.toEqual(before.meta.reference)
  })
})
