import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { relativeError } from './check.js'
import { parquet, withDuckDB } from './duckdb.js'
import { featureNames, generateParquet, TARGET } from './parquet-generate.js'
import { parquetReference } from './table-reference.js'
import type { TableCase } from './workload.js'

const dir = mkdtempSync(join(os.tmpdir(), 'd2l-bench-parquet-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const c: TableCase = {
  label: '20000×3',
  n: 20_000,
  d: 3,
  truth: { w: Float64Array.from([2, -3.4, 0.5]), b: 4.2 },
  seed: 3,
  noiseStd: 0.01,
  means: Float64Array.from([0, 1, -0.5]),
  scales: Float64Array.from([1, 2, 0.5]),
}

describe('generateParquet', () => {
  it('writes x1 … xd and y as DOUBLE, with the recipe’s means and scales', async () => {
    const path = join(dir, 'a.parquet')
    const stats = await withDuckDB(async (connection) => {
      await generateParquet(connection, c, path)
      const columns = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${parquet(path)}`))
        .getRows()
        .map(([name, type]) => `${name} ${type}`)
      const moments = await connection.runAndReadAll(
        `SELECT ${featureNames(3)
          .map((x) => `avg(${x}), stddev_pop(${x})`)
          .join(', ')} FROM ${parquet(path)}`,
      )
      return { columns, moments: (moments.getRows()[0] ?? []).map(Number) }
    })
    expect(stats.columns).toEqual(['x1 DOUBLE', 'x2 DOUBLE', 'x3 DOUBLE', `${TARGET} DOUBLE`])
    for (let j = 0; j < 3; j++) {
      // 20 000 draws: the sample mean is within 4 standard errors, the spread within 3 %.
      const scale = c.scales[j] as number
      expect(Math.abs((stats.moments[2 * j] as number) - (c.means[j] as number))).toBeLessThan(
        (4 * scale) / Math.sqrt(c.n),
      )
      expect((stats.moments[2 * j + 1] as number) / scale).toBeCloseTo(1, 1)
    }
  })

  it('writes the same values every time (a function of row, column and seed)', async () => {
    const a = join(dir, 'b.parquet')
    const b = join(dir, 'c.parquet')
    const differing = await withDuckDB(async (connection) => {
      await generateParquet(connection, c, a)
      await generateParquet(connection, c, b)
      const rows = await connection.runAndReadAll(
        `SELECT count(*) FROM (SELECT * FROM ${parquet(a)} EXCEPT ALL SELECT * FROM ${parquet(b)})`,
      )
      return Number(rows.getRows()[0]?.[0])
    })
    expect(differing).toBe(0)
  })

  it('has y = Xw + b + noise: the float64 reference lands within the noise of the truth', async () => {
    const path = join(dir, 'd.parquet')
    const fit = await withDuckDB(async (connection) => {
      await generateParquet(connection, c, path)
      return parquetReference(connection, path, featureNames(3), TARGET)
    })
    // Noise 0.01 over 20 000 rows moves each coefficient by about 0.01 / (scale · √n) ≈ 1e-4.
    expect(relativeError(fit, c.truth, 'max')).toBeLessThan(1e-3)
  })
})
