// What the page and a cell's worker say to each other. One worker runs one cell once: the page
// sends the source, the worker answers with what the cell printed and how it ended.
import type { CellProblem } from './prepare-cell'

/** The page's one message: run this TypeScript. */
export interface RunMessage {
  kind: 'run'
  source: string
}

/** Which stream a console call writes to: log, info and debug are stdout; warn and error stderr. */
export type ConsoleStream = 'out' | 'err'

/** Something the cell threw (or rejected with) that it did not catch. */
export interface ThrownError {
  /** The error's class name, `ValueError` for the packages' typed errors. */
  name: string
  message: string
  /** The line of the cell where it was thrown, when the stack names one. */
  line?: number
}

/** Why a run ended without finishing. */
export type RunFailure = CellProblem | { kind: 'thrown'; error: ThrownError }

/** Everything a worker sends, in order: a backend (if the cell needs one), output, one ending. */
export type WorkerMessage =
  | { kind: 'backend'; backend: string }
  | { kind: 'console'; stream: ConsoleStream; text: string }
  | { kind: 'truncated'; lines: number }
  | { kind: 'done'; seconds: number }
  | { kind: 'failed'; failure: RunFailure }
