import { ValueError } from '@d2l-ts/errors'
import { describe, expect, it } from 'vitest'
import { benchmark, summarize } from './index.js'

describe('summarize', () => {
  it('computes min, median, mean and max by hand-checked values', () => {
    expect(summarize([3, 1, 2, 10])).toEqual({
      min: 1,
      median: 2.5,
      mean: 4,
      max: 10,
      times: [3, 1, 2, 10],
    })
    expect(summarize([5, 1, 3])).toMatchObject({ min: 1, median: 3, mean: 3, max: 5 })
  })

  it('rejects an empty list', () => {
    expect(() => summarize([])).toThrow(ValueError)
  })
})

describe('benchmark', () => {
  it('times each run on the clock, after untimed warm-up runs', async () => {
    // Run k (0-based, warm-ups included) takes (k + 1) × 100 ms on the fake clock.
    let now = 0
    let calls = 0
    const result = await benchmark(
      () => {
        calls++
        now += calls * 100
      },
      { warmup: 2, repeat: 4, clock: () => now },
    )
    expect(calls).toBe(6)
    expect(result.times).toEqual([0.3, 0.4, 0.5, 0.6])
    expect(result).toMatchObject({ min: 0.3, max: 0.6 })
    expect(result.median).toBeCloseTo(0.45, 12)
    expect(result.mean).toBeCloseTo(0.45, 12)
  })

  it('awaits asynchronous work inside the timed region', async () => {
    let now = 0
    const result = await benchmark(
      async () => {
        await Promise.resolve()
        now += 70 // the work finishes only after the await
      },
      { warmup: 0, repeat: 2, clock: () => now },
    )
    expect(result.times).toEqual([0.07, 0.07])
  })

  it('rejects warm-up and repeat counts that make no sense', async () => {
    await expect(benchmark(() => {}, { repeat: 0 })).rejects.toThrow(
      'benchmark: options.repeat: expected an integer >= 1, received 0',
    )
    await expect(benchmark(() => {}, { warmup: -1 })).rejects.toThrow(ValueError)
  })
})
