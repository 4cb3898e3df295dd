import { ValueError } from '@d2l-ts/errors'
import { type Clock, defaultClock } from './clock.js'

/** Options of {@link Timer}. */
export interface TimerOptions {
  /** The clock to read, in milliseconds. Default `performance.now`. */
  clock?: Clock
}

/**
 * The book's `d2l.Timer` (section 3.1.2): records a list of running times in seconds. It starts on
 * construction; `stop()` records the time since the last `start()`.
 *
 * @example
 * ```ts
 * import { Timer } from '@d2l-ts/utils-timer'
 * const timer = new Timer()
 * let total = 0
 * for (let i = 0; i < 10_000; i++) total += i
 * console.log(`${timer.stop().toFixed(5)} sec`)
 * ```
 */
export class Timer {
  /** Every recorded time, in seconds, oldest first. */
  readonly times: number[] = []
  readonly #clock: Clock
  #startedAt = 0

  /** @param options the clock to read (default `performance.now`), for tests that control time. */
  constructor({ clock = defaultClock }: TimerOptions = {}) {
    this.#clock = clock
    this.start()
  }

  /** Starts (or restarts) the stopwatch. */
  start(): void {
    this.#startedAt = this.#clock()
  }

  /** Records the seconds since the last `start()` and returns them. */
  stop(): number {
    const seconds = (this.#clock() - this.#startedAt) / 1000
    this.times.push(seconds)
    return seconds
  }

  /**
   * The mean recorded time, in seconds.
   * @throws {ValueError} when nothing has been recorded yet (rather than returning NaN).
   */
  avg(): number {
    if (this.times.length === 0) {
      throw new ValueError({
        source: 'Timer.avg',
        argument: 'times',
        expected: 'at least one recorded time (call stop() first)',
        received: 'none',
      })
    }
    return this.sum() / this.times.length
  }

  /** The total of the recorded times, in seconds (0 when none). */
  sum(): number {
    return this.times.reduce((total, t) => total + t, 0)
  }

  /** The running totals of the recorded times: `cumsum()[i]` is the sum of the first i + 1. */
  cumsum(): number[] {
    let total = 0
    return this.times.map((t) => {
      total += t
      return total
    })
  }
}
