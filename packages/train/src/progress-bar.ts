/** Where a progress bar writes: a terminal stream such as `process.stderr`. */
export interface ProgressStream {
  write(text: string): unknown
  isTTY?: boolean
  columns?: number
}

/**
 * A one-line progress bar for long training runs in a terminal, redrawn in place with a carriage
 * return: `epoch 3/10 [######--------------] 30% loss 0.000104`.
 *
 * @example
 * ```ts
 * import { ProgressBar } from '@d2l-ts/train'
 * const bar = new ProgressBar(10, process.stderr)
 * bar.update(3, 0.000104)
 * bar.finish()
 * ```
 */
export class ProgressBar {
  readonly #total: number
  readonly #stream: ProgressStream
  readonly #width: number

  constructor(total: number, stream: ProgressStream, width = 20) {
    this.#total = total
    this.#stream = stream
    this.#width = width
  }

  /** Redraws the bar after `done` of the total epochs, with the latest loss. */
  update(done: number, loss: number): void {
    const filled = Math.round((done / this.#total) * this.#width)
    const percent = Math.round((done / this.#total) * 100)
    const bar = `${'#'.repeat(filled)}${'-'.repeat(this.#width - filled)}`
    this.#stream.write(
      `\repoch ${done}/${this.#total} [${bar}] ${percent}% loss ${loss.toPrecision(6)}`,
    )
  }

  /** Ends the line, leaving the last state visible. */
  finish(): void {
    this.#stream.write('\n')
  }
}

/** The terminal to draw on, if this runtime has one: Node's stderr when it is a TTY. */
export function terminalStream(): ProgressStream | undefined {
  const stderr = (globalThis as { process?: { stderr?: ProgressStream } }).process?.stderr
  return stderr?.isTTY ? stderr : undefined
}
