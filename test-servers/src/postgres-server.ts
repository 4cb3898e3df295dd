// A PostgreSQL server of its own for a test file: initdb in a temporary folder, then postgres on a
// free port of 127.0.0.1 (as the `postgres` user when the tests run as root, which PostgreSQL
// requires). TCP connections need the password; the folder is removed when the server stops.
import { execFileSync } from 'node:child_process'
import { chownSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from './free-port.js'
import { findExecutable, startServer } from './server-process.js'
import { waitUntil } from './wait-until.js'

export interface PostgresServer {
  port: number
  user: string
  password: string
  /** A connection string for `database` (`postgres` by default). */
  connectionString(database?: string): string
  /** Runs SQL (several statements allowed) as the superuser. */
  sql(text: string): Promise<unknown[][]>
  stop(): Promise<void>
}

const BIN = ['/usr/lib/postgresql/*/bin']

export async function startPostgres(): Promise<PostgresServer> {
  const initdb = findExecutable('initdb', BIN)
  const postgres = findExecutable('postgres', BIN)
  const folder = mkdtempSync(join(tmpdir(), 'd2l-ts-postgres-'))
  const user = 'postgres'
  const password = 'd2l-test-password'
  const owner = process.getuid?.() === 0 ? accountOf('postgres') : undefined
  const passwordFile = join(folder, 'password')
  writeFileSync(passwordFile, password)
  if (owner) {
    chownSync(folder, owner.uid, owner.gid)
    chownSync(passwordFile, owner.uid, owner.gid)
  }
  const data = join(folder, 'data')
  execFileSync(
    initdb,
    [
      '-D',
      data,
      '-U',
      user,
      `--pwfile=${passwordFile}`,
      '--auth-host=scram-sha-256',
      '--auth-local=trust',
      '-E',
      'UTF8',
      '--no-sync',
    ],
    { stdio: 'pipe', ...owner },
  )
  const port = await freePort()
  const server = startServer(
    postgres,
    ['-D', data, '-p', String(port), '-h', '127.0.0.1', '-k', folder, '-c', 'fsync=off'],
    { ...owner },
  )
  const connectionString = (database = 'postgres') =>
    `postgres://${user}:${password}@127.0.0.1:${port}/${database}`
  const pg = (await import('pg')).default
  const sql = async (text: string) => {
    const client = new pg.Client({ connectionString: connectionString() })
    await client.connect()
    try {
      const results = await client.query({ text, rowMode: 'array' })
      const last = Array.isArray(results) ? results.at(-1) : results
      return (last?.rows ?? []) as unknown[][]
    } finally {
      await client.end()
    }
  }
  try {
    await waitUntil('postgres', async () => {
      if (!server.running()) throw new Error(`postgres exited: ${server.output()}`)
      await sql('SELECT 1')
      return true
    })
  } catch (error) {
    await server.stop()
    rmSync(folder, { recursive: true, force: true })
    throw error
  }
  return {
    port,
    user,
    password,
    connectionString,
    sql,
    async stop() {
      await server.stop()
      rmSync(folder, { recursive: true, force: true })
    },
  }
}

function accountOf(name: string): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', name]).toString().trim())
  const gid = Number(execFileSync('id', ['-g', name]).toString().trim())
  return { uid, gid }
}
