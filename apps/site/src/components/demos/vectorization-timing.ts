// The measurements of the vectorization demo (section 3.1.2), on whichever backend is current.
import {
  add,
  type BackendName,
  buffer,
  dispose,
  ones,
  slice,
  type Tensor,
  tidy,
} from '@d2l-ts/tensor'
import { summarize, Timer } from '@d2l-ts/utils-timer'
import { yieldToPage } from './use-backend'

/** The book's vector length (VectorizationDemo.tsx shows the same). */
export const N = 10_000

/** Seconds of measured loop time per backend; a loop that would take longer is timed on a prefix. */
const LOOP_BUDGET_S = 0.3
/** The loop yields to the page after this much work, so that the page stays responsive. */
const CHUNK_MS = 25
/** A timed batch of vectorized adds lasts at least this long, well above the browser clock's grain. */
const BATCH_MS = 8

/** One backend's numbers, in seconds. */
export interface BackendTiming {
  backend: BackendName
  /** The loop over all N elements (measured, or scaled up from `measured` elements). */
  loopSeconds: number
  /** How many elements the loop was timed on; N unless it was scaled. */
  measured: number
  /** One vectorized add of N elements, read back: the median over repeated batches. */
  vectorSeconds: number
  /** loopSeconds / vectorSeconds. */
  ratio: number
}

/**
 * The book's loop, c[i] = a[i] + b[i], for i in [from, to): per element, slice a[i] and b[i] out,
 * add them with one tensor op, read the sum back and write it into the buffer. tfjs tensors are
 * immutable, so the result cannot be assigned into a tensor c; a TensorBuffer (a typed array with a
 * shape) holds it, as the book's loop writes into c.
 */
function loop(
  a: Tensor,
  b: Tensor,
  c: { set(value: number, i: number): void },
  from: number,
  to: number,
) {
  for (let i = from; i < to; i++) {
    const sum = tidy(() => add(slice(a, [i], [1]), slice(b, [i], [1])))
    c.set(sum.dataSync()[0] ?? Number.NaN, i)
    sum.dispose()
  }
}

/** Times the element loop over N elements, or over as many as fit the budget, scaled up to N. */
async function timeLoop(a: Tensor, b: Tensor): Promise<{ seconds: number; measured: number }> {
  const c = buffer([N], 'float32')
  loop(a, b, c, 0, 16) // warm-up: the first ops compile their kernels (shaders on a GPU)
  const timer = new Timer()
  let done = 0
  while (done < N && timer.sum() < LOOP_BUDGET_S) {
    const chunkStart = performance.now()
    timer.start()
    while (done < N && performance.now() - chunkStart < CHUNK_MS) {
      const to = Math.min(done + 16, N)
      loop(a, b, c, done, to)
      done = to
    }
    timer.stop()
    await yieldToPage()
  }
  return { seconds: (timer.sum() * N) / done, measured: done }
}

/**
 * Seconds per call of `fn`: the median of 7 timed batches, after a warm-up. A batch repeats `fn`
 * enough times to last BATCH_MS, so that even microsecond work is timed well above the clock's
 * resolution (browsers coarsen performance.now to 5–100 µs); the page gets a turn between batches.
 */
async function secondsPerCall(fn: () => unknown): Promise<number> {
  for (let i = 0; i < 3; i++) await fn() // warm-up: compiles kernels, fills caches
  // Calibration: double the batch until it lasts BATCH_MS (one call may read as 0 on a coarse clock).
  let repeat = 1
  const calibration = new Timer()
  for (;;) {
    calibration.start()
    for (let i = 0; i < repeat; i++) await fn()
    if (calibration.stop() * 1000 >= BATCH_MS || repeat >= 4096) break
    repeat *= 2
  }
  const timer = new Timer()
  for (let batch = 0; batch < 7; batch++) {
    await yieldToPage()
    timer.start()
    for (let i = 0; i < repeat; i++) await fn()
    timer.stop()
  }
  return summarize(timer.times).median / repeat
}

/** Times the loop and one vectorized add on the current backend; every tensor is disposed. */
export async function timeBackend(backend: BackendName): Promise<BackendTiming> {
  const a = ones([N])
  const b = ones([N])
  try {
    const { seconds: loopSeconds, measured } = await timeLoop(a, b)
    await yieldToPage()
    // `await data()`: on a GPU the add only queues work; reading the result back waits for it.
    const vectorSeconds = await secondsPerCall(async () => {
      const c = add(a, b)
      await c.data()
      c.dispose()
    })
    return { backend, loopSeconds, measured, vectorSeconds, ratio: loopSeconds / vectorSeconds }
  } finally {
    dispose([a, b])
  }
}

/** The same addition as a plain JavaScript loop over Float32Arrays, with no tensors: seconds. */
export async function timePlainLoop(): Promise<number> {
  const a = new Float32Array(N).fill(1)
  const b = new Float32Array(N).fill(1)
  const c = new Float32Array(N)
  return secondsPerCall(() => {
    for (let i = 0; i < N; i++) c[i] = (a[i] as number) + (b[i] as number)
  })
}
