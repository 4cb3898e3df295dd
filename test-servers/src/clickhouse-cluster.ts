// Two ClickHouse servers of their own for a test file, on free ports of 127.0.0.1, forming a cluster
// `d2l` of two shards (one server each) in `remote_servers`. Each server's config lives in a
// temporary folder that is removed when they stop. Queries are logged (system.query_log), so a test
// can see what each query returned. Users: `default` (no password) and `reader` (password below).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from './free-port.js'
import { findExecutable, type ServerProcess, startServer } from './server-process.js'
import { waitUntil } from './wait-until.js'

export interface ClickHouseNode {
  httpPort: number
  tcpPort: number
  url: string
}

export interface ClickHouseCluster {
  /** The cluster's name in remote_servers. */
  name: string
  nodes: [ClickHouseNode, ClickHouseNode]
  readerPassword: string
  /** Runs one statement on a node over HTTP as `default` and returns its rows (TabSeparated). */
  sql(node: ClickHouseNode, text: string): Promise<string[][]>
  /** Inserts rows encoded as RowBinary (exact: 18.16 parses some decimal texts 1 ulp off). */
  insertRowBinary(node: ClickHouseNode, table: string, body: Uint8Array): Promise<void>
  /**
   * Creates `name` on both nodes as a Distributed table over a MergeTree table `name_local` on each
   * shard, with these columns (`a Float64, b String`), and inserts each shard's rows (RowBinary).
   */
  createShardedTable(
    name: string,
    columns: string,
    rowsOfShard: (shard: 0 | 1) => Uint8Array,
  ): Promise<void>
  /** What the queries whose initial query id starts with `prefix` did, per node (from system.query_log). */
  queryLog(prefix: string): Promise<QueryLogSummary[]>
  stop(): Promise<void>
}

/** One node's finished queries of one client, from system.query_log. */
export interface QueryLogSummary {
  queries: number
  /** The most rows any of them returned. */
  maxResultRows: number
  /** The rows they read, in all. */
  readRows: number
}

export async function startClickHouseCluster(): Promise<ClickHouseCluster> {
  const binary = findExecutable('clickhouse-server', ['/usr/sbin', '/usr/bin'])
  const folder = mkdtempSync(join(tmpdir(), 'd2l-ts-clickhouse-'))
  const name = 'd2l'
  const readerPassword = 'd2l-reader-password'
  const ports = await Promise.all(Array.from({ length: 6 }, freePort))
  if (new Set(ports).size !== ports.length) throw new Error('free ports repeated; run again')
  const nodes = [0, 1].map((i) => ({
    httpPort: ports[3 * i] as number,
    tcpPort: ports[3 * i + 1] as number,
    interserverPort: ports[3 * i + 2] as number,
  }))
  const remoteServers = `<remote_servers><${name}>${nodes
    .map((n) => `<shard><replica><host>127.0.0.1</host><port>${n.tcpPort}</port></replica></shard>`)
    .join('')}</${name}></remote_servers>`
  const servers: ServerProcess[] = []
  const stopAll = async () => {
    await Promise.all(servers.map((s) => s.stop()))
    rmSync(folder, { recursive: true, force: true })
  }
  try {
    nodes.forEach((n, i) => {
      const home = join(folder, `node${i}`)
      for (const sub of ['data', 'tmp', 'user_files', 'format_schemas', 'log']) {
        mkdirSync(join(home, sub), { recursive: true })
      }
      writeFileSync(join(home, 'users.xml'), usersXml(readerPassword))
      writeFileSync(
        join(home, 'config.xml'),
        `<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>${home}/log/server.log</log><errorlog>${home}/log/error.log</errorlog></logger>
  <listen_host>127.0.0.1</listen_host>
  <http_port>${n.httpPort}</http_port>
  <tcp_port>${n.tcpPort}</tcp_port>
  <interserver_http_port>${n.interserverPort}</interserver_http_port>
  <interserver_http_host>127.0.0.1</interserver_http_host>
  <path>${home}/data/</path>
  <tmp_path>${home}/tmp/</tmp_path>
  <user_files_path>${home}/user_files/</user_files_path>
  <format_schema_path>${home}/format_schemas/</format_schema_path>
  <users_config>${home}/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <mark_cache_size>67108864</mark_cache_size>
  <uncompressed_cache_size>67108864</uncompressed_cache_size>
  <max_concurrent_queries>50</max_concurrent_queries>
  ${remoteServers}
  <query_log><database>system</database><table>query_log</table><flush_interval_milliseconds>1000</flush_interval_milliseconds></query_log>
</yandex>
`,
      )
      servers.push(startServer(binary, [`--config-file=${home}/config.xml`], { cwd: home }))
    })
    const cluster: ClickHouseCluster = {
      name,
      nodes: nodes.map((n) => ({
        httpPort: n.httpPort,
        tcpPort: n.tcpPort,
        url: `http://127.0.0.1:${n.httpPort}`,
      })) as [ClickHouseNode, ClickHouseNode],
      readerPassword,
      async sql(node, text) {
        const response = await fetch(`${node.url}/?user=default`, { method: 'POST', body: text })
        const body = await response.text()
        if (!response.ok) throw new Error(`clickhouse ${node.httpPort}: ${body}`)
        return body
          .split('\n')
          .filter((line) => line !== '')
          .map((line) => line.split('\t'))
      },
      async insertRowBinary(node, table, body) {
        const query = encodeURIComponent(`INSERT INTO ${table} FORMAT RowBinary`)
        const response = await fetch(`${node.url}/?user=default&query=${query}`, {
          method: 'POST',
          body: new Blob([new Uint8Array(body)]),
        })
        if (!response.ok) throw new Error(`clickhouse ${node.httpPort}: ${await response.text()}`)
      },
      async createShardedTable(table, columns, rowsOfShard) {
        for (const [shard, node] of cluster.nodes.entries()) {
          await cluster.sql(
            node,
            `CREATE TABLE ${table}_local (${columns}) ENGINE = MergeTree() ORDER BY tuple()`,
          )
          await cluster.sql(
            node,
            `CREATE TABLE ${table} AS ${table}_local ENGINE = Distributed(${name}, default, ${table}_local, rand())`,
          )
          await cluster.insertRowBinary(node, `${table}_local`, rowsOfShard(shard as 0 | 1))
        }
      },
      async queryLog(prefix) {
        const summaries: QueryLogSummary[] = []
        for (const node of cluster.nodes) {
          await cluster.sql(node, 'SYSTEM FLUSH LOGS')
          const [[queries, maxResultRows, readRows] = []] = await cluster.sql(
            node,
            `SELECT count(), max(result_rows), sum(read_rows) FROM system.query_log
             WHERE type = 2 AND initial_query_id LIKE '${prefix}%'`,
          )
          summaries.push({
            queries: Number(queries),
            maxResultRows: Number(maxResultRows),
            readRows: Number(readRows),
          })
        }
        return summaries
      },
      stop: stopAll,
    }
    await Promise.all(
      cluster.nodes.map((node, i) =>
        waitUntil(`clickhouse on port ${node.httpPort}`, async () => {
          const server = servers[i] as ServerProcess
          if (!server.running()) throw new Error(`clickhouse exited: ${server.output()}`)
          const response = await fetch(`${node.url}/ping`)
          return response.ok
        }),
      ),
    )
    return cluster
  } catch (error) {
    await stopAll()
    throw error
  }
}

function usersXml(readerPassword: string): string {
  const open =
    '<networks><ip>127.0.0.1</ip><ip>::1</ip></networks><profile>default</profile><quota>default</quota>'
  return `<?xml version="1.0"?>
<yandex>
  <profiles><default><log_queries>1</log_queries></default></profiles>
  <users>
    <default><password></password>${open}</default>
    <reader><password>${readerPassword}</password>${open}</reader>
  </users>
  <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors><result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval></default></quotas>
</yandex>
`
}
