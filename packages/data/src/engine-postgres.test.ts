// PostgreSQL tables against a server that this file starts (initdb in a temporary folder, a free
// port of 127.0.0.1) and stops by PID at the end.
import { createServer, type Server } from 'node:net'
import { freePort } from '@d2l-ts/test-servers/free-port'
import { type PostgresServer, startPostgres } from '@d2l-ts/test-servers/postgres'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeTableContract, type FixtureType } from '../test-support/table-contract.js'
import { EngineError } from './engine.js'
import { openTable } from './open-table.js'

let server: PostgresServer

beforeAll(async () => {
  server = await startPostgres()
}, 180_000)

afterAll(async () => {
  await server?.stop()
}, 120_000)

const TYPES: Record<FixtureType, string> = {
  float: 'double precision',
  int: 'bigint',
  text: 'text',
  bool: 'boolean',
}

const literal = (value: number | string | boolean | null) =>
  value === null
    ? 'NULL'
    : typeof value === 'string'
      ? `'${value.replaceAll("'", "''")}'`
      : String(value)

describeTableContract('postgres', () => ({
  async create(name, columns, rows) {
    await server.sql(
      `CREATE TABLE ${name} (${columns.map((c) => `${c.name} ${TYPES[c.type]}${c.nullable ? '' : ' NOT NULL'}`).join(', ')})`,
    )
    for (let from = 0; from < rows.length; from += 20_000) {
      const batch = rows.slice(from, from + 20_000)
      await server.sql(
        `INSERT INTO ${name} VALUES ${batch.map((row) => `(${row.map(literal).join(', ')})`).join(', ')}`,
      )
    }
  },
  open: (selection) =>
    openTable({ engine: 'postgres', connectionString: server.connectionString(), ...selection }),
}))

describe('postgres errors', () => {
  it('says which address it cannot reach', async () => {
    const port = await freePort()
    const error = await openTable({
      engine: 'postgres',
      connectionString: `postgres://postgres:x@127.0.0.1:${port}/postgres`,
      table: 'line',
    }).catch((e) => e)
    expect(error).toBeInstanceOf(EngineError)
    expect(error.message).toContain(`postgres at 127.0.0.1:${port}: cannot connect (ECONNREFUSED)`)
  })

  it('gives up on a server that never answers after the connect timeout, not hanging', async () => {
    // A socket that accepts connections and says nothing.
    const silent: Server = createServer(() => {})
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const { port } = silent.address() as { port: number }
    try {
      const error = await openTable(
        { engine: 'postgres', connectionString: `postgres://u:p@127.0.0.1:${port}/db`, table: 't' },
        { connectTimeoutMs: 1000 },
      ).catch((e) => e)
      expect(error).toBeInstanceOf(EngineError)
      expect(error.message).toMatch(
        new RegExp(`127\\.0\\.0\\.1:${port}: cannot connect.*timeout`, 'i'),
      )
    } finally {
      silent.close()
    }
  }, 60_000)

  it('keeps the server message for wrong credentials, without the password', async () => {
    const error = await openTable({
      engine: 'postgres',
      connectionString: `postgres://postgres:wrong-secret@127.0.0.1:${server.port}/postgres`,
      table: 'line',
    }).catch((e) => e)
    expect(error).toBeInstanceOf(EngineError)
    expect(error.message).toContain('password authentication failed for user "postgres"')
    expect(error.message).not.toContain('wrong-secret')
  })

  it("keeps the engine's message for a query that fails there", async () => {
    const error = await openTable({
      engine: 'postgres',
      connectionString: server.connectionString(),
      query: 'SELECT * FROM no_such_table',
    }).catch((e) => e)
    expect(error).toBeInstanceOf(EngineError)
    expect(error.message).toContain('relation "no_such_table" does not exist')
  })

  it('quotes a table name, whatever it holds', async () => {
    await server.sql(
      `CREATE TABLE "odd ""name""; DROP TABLE line" (x double precision, y double precision)`,
    )
    await server.sql(`INSERT INTO "odd ""name""; DROP TABLE line" VALUES (1, 2), (3, 4)`)
    await using table = await openTable({
      engine: 'postgres',
      connectionString: server.connectionString(),
      table: 'odd "name"; DROP TABLE line',
    })
    expect(table.rowCount).toBe(2)
    expect(await server.sql(`SELECT count(*) FROM line`)).toEqual([['5']])
  })
})
