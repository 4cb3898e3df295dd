import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { BenchmarkResult } from '@d2l-ts/utils-timer'
import type { CheckResult } from './check.js'
import type { ChildMessage, Task } from './task.js'

/** Everything one child reported, and how it ended. */
export interface TaskOutcome {
  status: 'ok' | 'error' | 'timeout'
  /** Why it failed or was stopped, in one line. */
  reason?: string
  /** The error's stack or the child's last output, when it failed. */
  details?: string
  setupSeconds?: number
  check?: CheckResult
  checkSeconds?: number
  result?: BenchmarkResult
  /** Runs of a second or so that completed before a timeout, in seconds. */
  completedRuns: number[]
  rssAtStart?: number
  rssWithData?: number
  maxRss?: number
  rssSource?: 'VmHWM' | 'maxRSS'
  /** The checked run and the warm-up runs. */
  untimedRuns?: number
  wallSeconds: number
}

export interface RunOptions {
  timeoutSeconds: number
  /** Extra Node flags for the child, e.g. --cpu-prof. */
  execArgv?: string[]
}

// main.ts and child.ts are compiled side by side into dist/ (scripts/build.mjs).
const CHILD = fileURLToPath(new URL('./child.js', import.meta.url))

/** Runs a task in a child process, with this process's Node flags. */
export function runTask(
  task: Task,
  { timeoutSeconds, execArgv = [] }: RunOptions,
): Promise<TaskOutcome> {
  const started = Date.now()
  const outcome: TaskOutcome = { status: 'error', completedRuns: [], wallSeconds: 0 }
  let output = ''
  let timedOut = false
  let errorMessage: string | undefined
  const child = fork(CHILD, [JSON.stringify(task)], {
    execArgv: [...process.execArgv, '--max-old-space-size=8192', ...execArgv],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  child.on('message', (message: ChildMessage) => {
    switch (message.type) {
      case 'ready':
        outcome.rssAtStart = message.rssAtStart
        outcome.rssWithData = message.rssWithData
        outcome.setupSeconds = message.setupSeconds
        break
      case 'check':
        outcome.check = message.check
        outcome.checkSeconds = message.seconds
        break
      case 'run':
        outcome.completedRuns.push(message.seconds)
        break
      case 'done':
        outcome.result = message.result
        outcome.maxRss = message.maxRss
        outcome.rssSource = message.rssSource
        outcome.untimedRuns = message.untimedRuns
        break
      case 'error':
        errorMessage = message.message
        break
    }
  })
  const timer = setTimeout(() => {
    timedOut = true
    child.kill('SIGKILL')
  }, timeoutSeconds * 1000)
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      outcome.wallSeconds = (Date.now() - started) / 1000
      if (timedOut) {
        outcome.status = 'timeout'
        outcome.reason = `exceeded ${timeoutSeconds} s`
      } else if (outcome.result) {
        outcome.status = 'ok'
      } else {
        outcome.status = 'error'
        outcome.reason = firstLine(errorMessage) ?? `child exited with ${signal ?? `code ${code}`}`
        const details = (errorMessage ?? output).trim()
        if (details) outcome.details = details.slice(0, 2000)
      }
      resolve(outcome)
    })
  })
}

function firstLine(text: string | undefined): string | undefined {
  return text?.split('\n')[0]
}
