// ClickHouse tables against a cluster that this file starts: two servers on free ports of 127.0.0.1,
// one shard each, and every table of the contract as a Distributed table over a MergeTree table on
// each shard (rows split between them). Stopped by PID at the end.
import { createServer, type Server } from 'node:net'
import { type ClickHouseCluster, startClickHouseCluster } from '@d2l-ts/test-servers/clickhouse'
import { freePort } from '@d2l-ts/test-servers/free-port'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { referenceMoments, regressionRows, relativeError } from '../test-support/regression-rows.js'
import {
  CONTRACT_ROWS,
  describeTableContract,
  type FixtureType,
} from '../test-support/table-contract.js'
import { EngineError } from './engine.js'
import { openTable } from './open-table.js'

let cluster: ClickHouseCluster

beforeAll(async () => {
  cluster = await startClickHouseCluster()
}, 180_000)

afterAll(async () => {
  await cluster?.stop()
}, 120_000)

const TYPES: Record<FixtureType, string> = {
  float: 'Float64',
  int: 'Int64',
  text: 'String',
  bool: 'Date',
}

/** One row in ClickHouse's RowBinary format: little-endian numbers, length-prefixed strings. */
function rowBinary(
  columns: readonly { type: FixtureType; nullable?: boolean }[],
  row: readonly (number | string | boolean | null)[],
): Buffer {
  const parts: Buffer[] = []
  columns.forEach((column, j) => {
    const value = row[j] ?? null
    if (column.nullable) parts.push(Buffer.from([value === null ? 1 : 0]))
    if (value === null) return
    if (column.type === 'float' || column.type === 'int') {
      const cell = Buffer.alloc(8)
      if (column.type === 'float') cell.writeDoubleLE(value as number)
      else cell.writeBigInt64LE(BigInt(value as number))
      parts.push(cell)
    } else if (column.type === 'bool') {
      parts.push(Buffer.from([value ? 1 : 2, 0])) // a Date: days since 1970, UInt16
    } else {
      const text = Buffer.from(value as string)
      parts.push(Buffer.from([text.length]), text) // lengths < 128: a one-byte varint
    }
  })
  return Buffer.concat(parts)
}

describeTableContract('clickhouse (2 shards)', () => ({
  async create(name, columns, rows) {
    const definition = columns
      .map((c) => `${c.name} ${c.nullable ? `Nullable(${TYPES[c.type]})` : TYPES[c.type]}`)
      .join(', ')
    // Row i goes to shard i mod 2.
    await cluster.createShardedTable(name, definition, (shard) =>
      Buffer.concat(rows.filter((_, i) => i % 2 === shard).map((row) => rowBinary(columns, row))),
    )
  },
  open: (selection) => openTable({ engine: 'clickhouse', url: cluster.nodes[0].url, ...selection }),
}))

describe('clickhouse pushdown', () => {
  it('runs the statistics on both shards, and no query of the library returns more than a row', async () => {
    const queryIdPrefix = 'd2l-pushdown-'
    await using table = await openTable({
      engine: 'clickhouse',
      url: cluster.nodes[0].url,
      table: 'regression',
      queryIdPrefix,
    })
    const m = await table.moments({ features: ['x1', 'x2', 'x3'], target: 'y' })
    await table.residuals({ features: ['x1'], target: 'y', coefficients: [0.5], intercept: 0 })
    const truth = referenceMoments(regressionRows(CONTRACT_ROWS, 14), 4)
    expect(relativeError(m.crossProducts, truth.crossProducts)).toBeLessThan(1e-9)
    expect(relativeError(m.means, truth.means)).toBeLessThan(1e-12)
    for (const { queries, maxResultRows, readRows } of await cluster.queryLog(queryIdPrefix)) {
      expect(queries).toBeGreaterThan(0) // each shard ran queries of its own…
      expect(maxResultRows).toBeLessThanOrEqual(1) // …each returning at most one row (a partial aggregate)
      expect(readRows).toBeGreaterThanOrEqual(CONTRACT_ROWS / 2) // over its own rows
    }
  }, 120_000)
})

describe('clickhouse errors', () => {
  it('says which address it cannot reach', async () => {
    const port = await freePort()
    const error = await openTable({
      engine: 'clickhouse',
      url: `http://127.0.0.1:${port}`,
      table: 'line',
    }).catch((e) => e)
    expect(error).toBeInstanceOf(EngineError)
    expect(error.message).toContain(`clickhouse at 127.0.0.1:${port}: cannot connect`)
    expect(error.message).toContain('ECONNREFUSED')
  })

  it('gives up on a server that never answers after the connect timeout, not hanging', async () => {
    const silent: Server = createServer(() => {})
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const { port } = silent.address() as { port: number }
    try {
      const error = await openTable(
        { engine: 'clickhouse', url: `http://127.0.0.1:${port}`, table: 't' },
        { connectTimeoutMs: 1000 },
      ).catch((e) => e)
      expect(error).toBeInstanceOf(EngineError)
      expect(error.message).toContain(
        `clickhouse at 127.0.0.1:${port}: cannot connect within 1000 ms`,
      )
    } finally {
      silent.close()
    }
  }, 60_000)

  it('keeps the server message for wrong credentials, and accepts the right ones', async () => {
    const source = {
      engine: 'clickhouse',
      url: cluster.nodes[1].url,
      username: 'reader',
      table: 'line',
    } as const
    const error = await openTable({ ...source, password: 'wrong-secret' }).catch((e) => e)
    expect(error).toBeInstanceOf(EngineError)
    expect(error.message).toMatch(/password/i)
    await using table = await openTable({ ...source, password: cluster.readerPassword })
    expect(table.rowCount).toBe(5)
  })

  it("keeps the engine's message for a query that fails there", async () => {
    const error = await openTable({
      engine: 'clickhouse',
      url: cluster.nodes[0].url,
      query: 'SELECT * FROM no_such_table',
    }).catch((e) => e)
    expect(error).toBeInstanceOf(EngineError)
    expect(error.message).toMatch(/no_such_table doesn't exist/)
  })

  it('quotes a table name, whatever it holds', async () => {
    const node = cluster.nodes[0]
    await cluster.sql(node, "CREATE TABLE `odd\\`name'\\\\` (x Float64) ENGINE = Memory")
    await cluster.sql(node, "INSERT INTO `odd\\`name'\\\\` VALUES (1), (2), (3)")
    await using table = await openTable({
      engine: 'clickhouse',
      url: node.url,
      table: "odd`name'\\",
    })
    expect(table.rowCount).toBe(3)
  })
})
