// A server started by a test: spawned as a child, its output kept for the error message when it
// fails, and stopped by its PID (SIGTERM, then SIGKILL if it lingers) when the test is done.
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

export interface ServerProcess {
  readonly pid: number
  /** The last lines the server printed. */
  output(): string
  /** True while the process runs. */
  running(): boolean
  stop(): Promise<void>
}

export function startServer(
  command: string,
  args: readonly string[],
  options: { uid?: number; gid?: number; cwd?: string } = {},
): ServerProcess {
  const child: ChildProcess = spawn(command, args, {
    ...options,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const keep = (data: Buffer) => {
    output = (output + data.toString()).slice(-4000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  let exited = false
  const exit = new Promise<void>((resolve) => {
    child.once('exit', () => {
      exited = true
      resolve()
    })
    child.once('error', (error) => {
      output += `\n${error.message}`
      exited = true
      resolve()
    })
  })
  return {
    pid: child.pid ?? -1,
    output: () => output,
    running: () => !exited,
    async stop() {
      if (exited || child.pid === undefined) return
      process.kill(child.pid, 'SIGTERM')
      const timer = setTimeout(() => {
        if (!exited && child.pid !== undefined) process.kill(child.pid, 'SIGKILL')
      }, 60_000)
      await exit
      clearTimeout(timer)
    },
  }
}

/** An executable by name: on the PATH, or in the first of `folders` (globs of one `*`) that has it. */
export function findExecutable(name: string, folders: readonly string[] = []): string {
  for (const folder of [...(process.env.PATH ?? '').split(':'), ...folders.flatMap(expand)]) {
    const path = join(folder, name)
    if (folder !== '' && existsSync(path)) return path
  }
  throw new Error(
    `${name} is not installed: run .ci/run, or apt-get install -y clickhouse-server postgresql`,
  )
}

function expand(pattern: string): string[] {
  const star = pattern.indexOf('*')
  if (star === -1) return [pattern]
  const parent = pattern.slice(0, pattern.lastIndexOf('/', star))
  const rest = pattern.slice(pattern.indexOf('/', star))
  if (!existsSync(parent)) return []
  return readdirSync(parent)
    .sort()
    .reverse()
    .map((entry) => `${parent}/${entry}${rest}`)
}
