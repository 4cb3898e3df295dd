import { describeValue, ValueError } from '@d2l-ts/errors'
import { type Clock, defaultClock } from './clock.js'

/** Options of {@link benchmark}. */
export interface BenchmarkOptions {
  /** Untimed runs first, to warm JIT compilers, caches and GPU shader programs. Default 1. */
  warmup?: number
  /** Timed runs. Default 5. */
  repeat?: number
  /** The clock to read, in milliseconds. Default `performance.now`. */
  clock?: Clock
}

/** Statistics of the timed runs, in seconds. */
export interface BenchmarkResult {
  min: number
  median: number
  mean: number
  max: number
  /** Each timed run, in the order they ran. */
  times: number[]
}

/**
 * Times `fn` over several runs. When `fn` returns a promise it is awaited inside the timed region, so
 * asynchronous work counts: for a GPU backend, end `fn` with `await result.data()` so the time
 * includes the device work, not just its scheduling.
 *
 * @param options how many untimed and timed runs, and the clock to read.
 * @throws {RangeError} when `warmup` is not an integer >= 0 or `repeat` not an integer >= 1.
 * @example
 * ```ts
 * import { benchmark } from '@d2l-ts/utils-timer'
 * const { median } = await benchmark(() => new Float32Array(1e6).fill(1), { warmup: 2, repeat: 10 })
 * console.log(`${(median * 1e3).toFixed(2)} ms`)
 * ```
 */
export async function benchmark(
  fn: () => unknown,
  { warmup = 1, repeat = 5, clock = defaultClock }: BenchmarkOptions = {},
): Promise<BenchmarkResult> {
  checkCount('options.warmup', warmup, 0)
  checkCount('options.repeat', repeat, 1)
  for (let i = 0; i < warmup; i++) await fn()
  const times: number[] = []
  for (let i = 0; i < repeat; i++) {
    const startedAt = clock()
    await fn()
    times.push((clock() - startedAt) / 1000)
  }
  return summarize(times)
}

/**
 * Min, median, mean and max of a list of times (the median of an even count is the mean of the two
 * middle values).
 *
 * @throws {ValueError} when `times` is empty.
 * @example
 * ```ts
 * import { summarize } from '@d2l-ts/utils-timer'
 * summarize([3, 1, 2, 10]) // { min: 1, median: 2.5, mean: 4, max: 10, times: [3, 1, 2, 10] }
 * ```
 */
export function summarize(times: readonly number[]): BenchmarkResult {
  if (times.length === 0) {
    throw new ValueError({
      source: 'summarize',
      argument: 'times',
      expected: 'at least one time',
      received: 'none',
    })
  }
  const sorted = [...times].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
  return {
    min: sorted[0] as number,
    median,
    mean: sorted.reduce((a, b) => a + b, 0) / sorted.length,
    max: sorted[sorted.length - 1] as number,
    times: [...times],
  }
}

function checkCount(argument: string, value: number, min: number): void {
  if (!(Number.isInteger(value) && value >= min)) {
    throw new ValueError({
      source: 'benchmark',
      argument,
      expected: `an integer >= ${min}`,
      received: describeValue(value),
    })
  }
}
