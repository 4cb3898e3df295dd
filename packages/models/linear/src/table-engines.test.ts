// fitClosedForm on tables that live in servers this file starts: a PostgreSQL server, and a
// ClickHouse cluster of two shards queried through a Distributed table. The truth: the in-memory
// QR solution of the same rows (a second algorithm, certified on NIST's sets). What must not
// happen: rows leaving the engine — ClickHouse's query log shows what each query returned.
import { openTable } from '@d2l-ts/data'
import { type ClickHouseCluster, startClickHouseCluster } from '@d2l-ts/test-servers/clickhouse'
import { type PostgresServer, startPostgres } from '@d2l-ts/test-servers/postgres'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LinearRegression, type LinearWeights } from './index.js'
import { regressionProblem } from './test-support/regression-problem.js'

const ROWS = 40_000
const D = 3
const FEATURES = ['a', 'b', 'c']
// Features far from zero, on scales 30 times apart; labels with noise of SD 0.1.
const { X, Y } = regressionProblem(11, ROWS, D, 1)
const rowAt = (i: number) => [...X.data.subarray(i * D, (i + 1) * D), Y.data[i]!]

/** The in-memory solution of the same rows, by Householder QR with refinement. */
const reference = new LinearRegression({ inputs: D }).fitClosedForm(
  Array.from({ length: ROWS }, (_, i) => Array.from(X.data.subarray(i * D, (i + 1) * D))),
  Array.from(Y.data),
)

/** The largest difference from the reference, relative to its largest entry. */
function relativeDistance({ w, b }: LinearWeights): number {
  const want = [...reference.w.flat(), ...reference.b]
  const got = [...w.flat(), ...b]
  const scale = Math.max(...want.map(Math.abs))
  return Math.max(...want.map((v, j) => Math.abs(v - got[j]!))) / scale
}

describe('fitClosedForm(table) on PostgreSQL', () => {
  let server: PostgresServer
  beforeAll(async () => {
    server = await startPostgres()
    await server.sql(
      'CREATE TABLE points (a double precision, b double precision, c double precision, y double precision)',
    )
    for (let from = 0; from < ROWS; from += 10_000) {
      const values = Array.from({ length: 10_000 }, (_, k) => `(${rowAt(from + k).join(', ')})`)
      await server.sql(`INSERT INTO points VALUES ${values.join(', ')}`)
    }
  })
  afterAll(() => server?.stop())

  it('matches the in-memory solution to 1e-9, with its summary', async () => {
    await using table = await openTable({
      engine: 'postgres',
      connectionString: server.connectionString(),
      table: 'points',
    })
    const model = new LinearRegression({ inputs: D })
    const weights = await model.fitClosedForm(table, { features: FEATURES, target: 'y' })
    expect(relativeDistance(weights)).toBeLessThan(1e-9)
    const summary = model.summary()
    expect(summary.method).toBe('pushdown')
    expect(summary.n).toBe(ROWS)
    expect(summary.terms!.map((t) => t.name)).toEqual(['(Intercept)', ...FEATURES])
  })
})

describe('fitClosedForm(table) on a two-shard ClickHouse cluster', () => {
  let cluster: ClickHouseCluster
  beforeAll(async () => {
    cluster = await startClickHouseCluster()
    // Row i lives on shard i mod 2, as exact float64 bytes (RowBinary).
    await cluster.createShardedTable(
      'points',
      'a Float64, b Float64, c Float64, y Float64',
      (shard) => {
        const values = Array.from({ length: ROWS / 2 }, (_, k) => rowAt(2 * k + shard)).flat()
        const body = Buffer.alloc(values.length * 8)
        for (const [k, value] of values.entries()) body.writeDoubleLE(value, k * 8)
        return body
      },
    )
  })
  afterAll(() => cluster?.stop())

  it('matches the in-memory solution to 1e-9, and no query of the library returns more than a handful of rows', async () => {
    const queryIdPrefix = 'd2l-fit-'
    await using table = await openTable({
      engine: 'clickhouse',
      url: cluster.nodes[0].url,
      table: 'points',
      queryIdPrefix,
    })
    const model = new LinearRegression({ inputs: D })
    const weights = await model.fitClosedForm(table, { features: FEATURES, target: 'y' })
    expect(relativeDistance(weights)).toBeLessThan(1e-9)
    expect(model.summary().method).toBe('pushdown')
    for (const { queries, maxResultRows, readRows } of await cluster.queryLog(queryIdPrefix)) {
      expect(queries).toBeGreaterThan(0) // both shards computed…
      expect(maxResultRows).toBeLessThanOrEqual(D + 1) // …and returned a handful of rows at most
      expect(readRows).toBeGreaterThanOrEqual(ROWS / 2) // …over their own rows
    }
  })
})
