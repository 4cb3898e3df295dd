// The page's side of one run: a fresh module worker per run, ended by terminate() when the reader
// stops it (the only way to end a `while (true) {}`, which never yields to a message) or as soon as
// the cell has finished, so that its WebGL context and tensors are freed at once.
import type { RunFailure, WorkerMessage } from './messages'

/** How a run ended. */
export type RunEnding =
  | { kind: 'done'; seconds: number }
  | { kind: 'failed'; failure: RunFailure }
  | { kind: 'crashed'; message: string }

/** What a run reports as it goes; `onEnd` is called once, unless the run is stopped first. */
export interface RunListener {
  onBackend(backend: string): void
  onConsole(message: Extract<WorkerMessage, { kind: 'console' | 'truncated' }>): void
  onEnd(ending: RunEnding): void
}

/** A run in progress. */
export interface CellRun {
  /** Ends the run now, wherever the cell is; no message of it arrives after this. */
  stop(): void
}

/**
 * Runs TypeScript source in a new module worker.
 *
 * @example
 * ```ts
 * const run = startRun("console.log(6 * 7)", {
 *   onBackend: () => {},
 *   onConsole: (message) => message.kind === 'console' && console.log(message.text), // '42'
 *   onEnd: (ending) => console.log(ending.kind), // 'done'
 * })
 * ```
 */
export function startRun(source: string, listener: RunListener): CellRun {
  const worker = new Worker(new URL('./cell-worker.ts', import.meta.url), {
    type: 'module',
    name: 'live code cell',
  })
  let live = true
  const finish = (ending: RunEnding) => {
    stop()
    listener.onEnd(ending)
  }
  const stop = () => {
    live = false
    worker.terminate()
  }
  worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
    if (!live) return
    const message = event.data
    if (message.kind === 'backend') listener.onBackend(message.backend)
    else if (message.kind === 'console' || message.kind === 'truncated') listener.onConsole(message)
    else finish(message)
  })
  // The worker's own script failed to load or to start (a network error, say).
  worker.addEventListener('error', (event) => {
    if (live) finish({ kind: 'crashed', message: event.message || 'the worker failed to start' })
  })
  worker.postMessage({ kind: 'run', source })
  return { stop }
}
