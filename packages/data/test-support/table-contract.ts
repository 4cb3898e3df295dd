// The behaviour every engine's tables share, as one vitest suite that each engine's test file runs
// on its own server: the same rows, the same truths (hand-computed values and the float64 reference
// of regression-rows.ts), the same bad values. Engine-specific checks stay in that engine's file.
import { ValueError } from '@d2l-ts/tensor'
import { beforeAll, describe, expect, it } from 'vitest'
import type { DataTable } from '../src/data-table.js'
import {
  REGRESSION_COLUMNS,
  referenceMoments,
  regressionRows,
  relativeError,
} from './regression-rows.js'

/** Column types; `bool` is a type that is neither numbers nor text (Date where there is no boolean). */
export type FixtureType = 'float' | 'int' | 'text' | 'bool'

export interface TableFixture {
  /** Creates table `name` with these columns and rows (null is NULL) in the engine. */
  create(
    name: string,
    columns: readonly { name: string; type: FixtureType; nullable?: boolean }[],
    rows: readonly (readonly (number | string | boolean | null)[])[],
  ): Promise<void>
  /** Opens table `name` (or runs `query`) with openTable. */
  open(selection: { table: string } | { query: string }): Promise<DataTable>
}

/** Rows in this many are enough to be more than a toy, and quick to load into every engine. */
export const CONTRACT_ROWS = 200_000

export function describeTableContract(engine: string, fixture: () => TableFixture) {
  describe(`${engine} tables`, () => {
    const rows = regressionRows(CONTRACT_ROWS, 14)
    const width = REGRESSION_COLUMNS.length
    beforeAll(async () => {
      const f = fixture()
      const asRows = Array.from({ length: CONTRACT_ROWS }, (_, i) => [
        i,
        ...rows.subarray(i * width, (i + 1) * width),
      ])
      await f.create(
        'regression',
        [
          { name: 'id', type: 'int' },
          ...REGRESSION_COLUMNS.map((name) => ({ name, type: 'float' as const })),
        ],
        asRows,
      )
      // x = 1…5, y = 2x + 1: means 3 and 7, Σ(x−3)² = 10, Σ(x−3)(y−7) = 20, Σ(y−7)² = 40.
      await f.create(
        'line',
        [
          { name: 'x', type: 'int' },
          { name: 'y', type: 'float' },
          { name: 'label', type: 'text' },
        ],
        [1, 2, 3, 4, 5].map((x) => [x, 2 * x + 1, ` ${2 * x + 1} `]),
      )
      // Bad values: NULL in x (rows 2 and 4), text that is not a number in label (row 3).
      await f.create(
        'gaps',
        [
          { name: 'x', type: 'float', nullable: true },
          { name: 'y', type: 'float' },
          { name: 'label', type: 'text' },
          { name: 'flag', type: 'bool' },
        ],
        [
          [1, 3, '3', true],
          [null, 5, '5', false],
          [3, 7, 'NA', true],
          [null, 9, '9', false],
          [5, 11, '11', true],
        ],
      )
    }, 300_000)

    it('knows its columns and its row count', async () => {
      await using table = await fixture().open({ table: 'line' })
      expect(table.columns.map((c) => [c.name, c.usable])).toEqual([
        ['x', true],
        ['y', true],
        ['label', true],
      ])
      expect(table.rowCount).toBe(5)
    })

    it('computes the moments of a line by hand, from numbers and from text holding numbers', async () => {
      await using table = await fixture().open({ table: 'line' })
      for (const target of ['y', 'label']) {
        const m = await table.moments({ features: ['x'], target })
        expect(m.n).toBe(5)
        expect(m.dropped).toBe(0)
        expect(Array.from(m.means)).toEqual([3, 7])
        expect(Array.from(m.crossProducts)).toEqual([10, 20, 20, 40])
      }
    })

    it('matches the float64 reference on 200 000 rows far from zero', async () => {
      await using table = await fixture().open({ table: 'regression' })
      const m = await table.moments({ features: ['x1', 'x2', 'x3'], target: 'y' })
      const truth = referenceMoments(rows, width)
      expect(m.n).toBe(CONTRACT_ROWS)
      expect(m.columns).toEqual([...REGRESSION_COLUMNS])
      expect(relativeError(m.means, truth.means)).toBeLessThan(1e-12)
      expect(relativeError(m.crossProducts, truth.crossProducts)).toBeLessThan(1e-9)
      // The smallest entry, Σ(x3 − x̄3)², is ~10⁻⁹ of the largest; check it on its own scale too.
      expect(
        Math.abs((m.crossProducts[10] as number) / (truth.crossProducts[10] as number) - 1),
      ).toBeLessThan(1e-9)
    }, 120_000)

    it('sums the residuals of given coefficients as a float64 loop does', async () => {
      await using table = await fixture().open({ table: 'regression' })
      const coefficients = [0.5, -3, 1.5]
      const center = [1000, 1e6, -50]
      const intercept = 2 + 0.5 * 1000 - 3e6 - 75
      const r = await table.residuals({
        features: ['x1', 'x2', 'x3'],
        target: 'y',
        coefficients,
        intercept,
        center,
      })
      const gradient = new Float64Array(3)
      let sum = 0
      let squares = 0
      for (let i = 0; i < CONTRACT_ROWS; i++) {
        const at = (j: number) => rows[i * width + j] as number
        const residual =
          at(3) -
          intercept -
          coefficients.reduce((s, c, j) => s + c * (at(j) - (center[j] as number)), 0)
        for (let j = 0; j < 3; j++) {
          gradient[j] = (gradient[j] as number) + (at(j) - (center[j] as number)) * residual
        }
        sum += residual
        squares += residual * residual
      }
      expect(r.n).toBe(CONTRACT_ROWS)
      expect(relativeError(r.crossProducts, gradient)).toBeLessThan(1e-8)
      expect(Math.abs(r.sum - sum)).toBeLessThan(1e-8 * Math.sqrt(squares * CONTRACT_ROWS))
      expect(Math.abs(r.sumOfSquares / squares - 1)).toBeLessThan(1e-9)
    }, 120_000)

    it('streams every row as float64 and float32 chunks of the requested size', async () => {
      await using table = await fixture().open({
        query: 'SELECT x1, x2, x3, y FROM regression ORDER BY id',
      })
      const columns = [...REGRESSION_COLUMNS]
      let seen = 0
      let offset = 0
      let mismatches = 0
      for await (const chunk of table.chunks({ columns, chunkRows: 30_000, dtype: 'float64' })) {
        expect(chunk.values).toBeInstanceOf(Float64Array)
        expect(chunk.offset).toBe(offset)
        expect(chunk.rows).toBe(Math.min(30_000, CONTRACT_ROWS - offset))
        for (let i = 0; i < chunk.values.length; i++) {
          if (chunk.values[i] !== rows[offset * width + i]) mismatches++
        }
        offset += chunk.rows
        seen += chunk.rows
      }
      expect(seen).toBe(CONTRACT_ROWS)
      expect(mismatches).toBe(0)
      const first = await table.chunks({ columns, chunkRows: 7 }).next()
      expect(first.value?.values).toEqual(Float32Array.from(rows.subarray(0, 7 * width)))
    }, 120_000)

    it('names each column with bad values and how many rows, or drops those rows', async () => {
      await using table = await fixture().open({ table: 'gaps' })
      const error = await table.moments({ features: ['x', 'label'], target: 'y' }).catch((e) => e)
      expect(error).toBeInstanceOf(ValueError)
      expect(error.argument).toBe('options.features')
      expect(error.message).toContain('2 of 5 rows of column "x"')
      expect(error.message).toContain('1 of 5 rows of column "label"')
      expect(error.message).toContain("invalid: 'drop'")
      // Rows 1 and 5 remain: x = 1, 5, y = 3, 11: means 3, 7; Σ(x−3)² = 8, Σ(x−3)(y−7) = 16.
      const m = await table.moments({ features: ['x'], target: 'label', invalid: 'drop' })
      expect([m.n, m.dropped]).toEqual([2, 3])
      expect(Array.from(m.means)).toEqual([3, 7])
      expect(Array.from(m.crossProducts)).toEqual([8, 16, 16, 32])
      // Only x is bad in rows 2 and 4 when label is not used: rows 1, 3 and 5 stream.
      const streamed: number[][] = []
      for await (const c of table.chunks({
        columns: ['x', 'y'],
        invalid: 'drop',
        dtype: 'float64',
      })) {
        for (let i = 0; i < c.rows; i++)
          streamed.push([c.values[2 * i] as number, c.values[2 * i + 1] as number])
      }
      expect(streamed.sort((a, b) => (a[0] as number) - (b[0] as number))).toEqual([
        [1, 3],
        [3, 7],
        [5, 11],
      ])
      await expect(table.chunks({ columns: ['x'] }).next()).rejects.toThrow(
        /2 of 5 rows of column "x"/,
      )
      await expect(
        table.residuals({ features: ['x'], target: 'y', coefficients: [2], intercept: 1 }),
      ).rejects.toThrow(/2 of 5 rows of column "x"/)
      // y, once checked, is remembered as clean and no longer filtered; x still is: rows 1, 3, 5.
      await table.chunks({ columns: ['y'] }).next()
      const r = await table.residuals({
        features: ['x'],
        target: 'y',
        coefficients: [2],
        intercept: 1,
        invalid: 'drop',
      })
      expect([r.n, r.sum, r.sumOfSquares]).toEqual([3, 0, 0])
    })

    it('rejects unknown and non-numeric columns, naming them', async () => {
      await using table = await fixture().open({ table: 'gaps' })
      const unknown = await table.moments({ features: ['z'], target: 'y' }).catch((e) => e)
      expect(unknown).toBeInstanceOf(ValueError)
      expect(unknown.message).toContain(
        'options.features: expected a column of the table ("x", "y", "label", "flag"), received "z"',
      )
      const flag = await table.moments({ features: ['flag'], target: 'y' }).catch((e) => e)
      expect(flag).toBeInstanceOf(ValueError)
      expect(flag.message).toMatch(/received column "flag" of type /)
    })

    it('refuses to work once closed', async () => {
      const table = await fixture().open({ table: 'line' })
      await table.close()
      await expect(table.moments({ features: ['x'], target: 'y' })).rejects.toThrow(/an open table/)
    })
  })
}
