import { ValueError } from '@d2l-ts/tensor'
import { describe, expect, it } from 'vitest'
import { EngineError, loadClient } from './engine.js'
import { openTable, type TableSource } from './open-table.js'

describe('openTable', () => {
  it('rejects sources of the wrong shape, naming the argument', async () => {
    const cases: [unknown, string][] = [
      [42, "source: expected a file's path or URL"],
      [
        { engine: 'oracle', table: 't' },
        "source.engine: expected 'duckdb', 'postgres' or 'clickhouse', received",
      ],
      [
        { engine: 'duckdb' },
        'source: expected exactly one of query (SQL) and table (a name), received neither',
      ],
      [{ engine: 'duckdb', query: 'SELECT 1', table: 't' }, 'received both'],
      [{ engine: 'postgres', table: 't' }, 'source.connectionString: expected a non-empty string'],
      [
        { engine: 'clickhouse', url: 'http://127.0.0.1:1', table: 't', password: 7 },
        'source.password: expected a string',
      ],
    ]
    for (const [source, message] of cases) {
      const error = await openTable(source as TableSource).catch((e) => e)
      expect(error).toBeInstanceOf(ValueError)
      expect(error.message).toContain(message)
    }
    await expect(
      openTable({ engine: 'duckdb', query: 'SELECT 1' }, { connectTimeoutMs: 0 }),
    ).rejects.toThrow('options.connectTimeoutMs: expected a positive number of milliseconds')
  })

  it('computes the moments of the documented example', async () => {
    await using table = await openTable({
      engine: 'duckdb',
      query: 'SELECT x, 2 * x + 1 AS y FROM range(1, 6) AS r(x)',
    })
    const { n, means, crossProducts } = await table.moments({ features: ['x'], target: 'y' })
    expect(n).toBe(5)
    expect(Array.from(means)).toEqual([3, 7])
    expect(Array.from(crossProducts)).toEqual([10, 20, 20, 40])
    const r = await table.residuals({
      features: ['x'],
      target: 'y',
      coefficients: [1.5],
      intercept: 7,
      center: [3],
    })
    expect(Array.from(r.crossProducts)).toEqual([5])
    await expect(
      table.residuals({ features: ['x'], target: 'y', coefficients: [1, 2], intercept: 0 }),
    ).rejects.toThrow('options.coefficients: expected 1 finite numbers, one per feature')
    await expect(table.chunks({ columns: ['x'], chunkRows: 0 }).next()).rejects.toThrow(
      'options.chunkRows: expected a positive integer, received 0',
    )
  })
})

describe('engine clients', () => {
  it('says what to install when a client package is missing, as tensor does for a backend', async () => {
    const error = await loadClient(
      'postgres',
      () => import('d2l-ts-no-such-package' as string),
    ).catch((e: Error) => e)
    expect(error).toBeInstanceOf(EngineError)
    expect((error as Error).message).toBe(
      'the postgres engine is not available: its package is not installed: run npm i pg@8.',
    )
  })
})
