import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { relativeError } from '../check.js'
import { withDuckDB } from '../duckdb.js'
import { featureNames, generateParquet, TARGET } from '../parquet-generate.js'
import { parquetReference } from '../table-reference.js'
import type { TableCase } from '../workload.js'
import { tableClosedForm } from './duckdb-two-pass.js'

const dir = mkdtempSync(join(os.tmpdir(), 'd2l-bench-two-pass-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('duckdb-two-pass', () => {
  it('agrees with the streamed float64 reference to 1e-10 on features far from zero', async () => {
    const c: TableCase = {
      label: '30000×4',
      n: 30_000,
      d: 4,
      truth: { w: Float64Array.from([1, -2, 0.25, 3]), b: -1 },
      seed: 9,
      noiseStd: 0.1,
      means: Float64Array.from([50, -20, 0, 5]),
      scales: Float64Array.from([1, 0.5, 2, 1]),
    }
    const path = join(dir, 'data.parquet')
    const features = featureNames(c.d)
    const reference = await withDuckDB(async (connection) => {
      await generateParquet(connection, c, path)
      return parquetReference(connection, path, features, TARGET)
    })
    const prepared = await tableClosedForm?.({ path, features, target: TARGET, n: c.n }, 'duckdb')
    const fit = await prepared?.run()
    expect(fit).toBeDefined()
    if (fit) expect(relativeError(fit, reference, 'max')).toBeLessThan(1e-10)
  })
})
