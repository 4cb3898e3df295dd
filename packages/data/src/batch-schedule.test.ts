import { tensor2d } from '@d2l-ts/tensor'
import { describe, expect, it } from 'vitest'
import { BatchSchedule, epochOrder, loadArray } from './index.js'

const spans = (schedule: BatchSchedule, epoch: number) =>
  schedule.epoch(epoch).map(({ start, end }) => [start, end])

describe('BatchSchedule', () => {
  it('cuts n rows into ⌈n / b⌉ batches, the last one smaller, or ⌊n / b⌋ with dropLast', () => {
    expect(spans(new BatchSchedule(7, 3, { shuffle: false }), 1)).toEqual([
      [0, 3],
      [3, 6],
      [6, 7],
    ])
    expect(spans(new BatchSchedule(7, 3, { shuffle: false, dropLast: true }), 1)).toEqual([
      [0, 3],
      [3, 6],
    ])
    expect(new BatchSchedule(1000, 10).numBatches).toBe(100)
    expect(new BatchSchedule(6, 6).numBatches).toBe(1)
  })

  it('without shuffling visits the rows in their order', () => {
    for (const batch of new BatchSchedule(5, 2, { shuffle: false }).epoch(3)) {
      expect(batch.order).toBeNull()
    }
  })

  it('with shuffling visits every row once per epoch, in epochOrder(seed, epoch − 1)', () => {
    const schedule = new BatchSchedule(23, 5, { seed: 4 })
    for (const epoch of [1, 2, 3]) {
      const rows = schedule
        .epoch(epoch)
        .flatMap(({ order, start, end }) => Array.from(order?.subarray(start, end) ?? []))
      expect([...rows].sort((a, b) => a - b)).toEqual(Array.from({ length: 23 }, (_, i) => i))
      expect(rows).toEqual(Array.from(epochOrder(23, { seed: 4, epoch: epoch - 1 })))
    }
    expect(schedule.epoch(1)[0]?.order).not.toEqual(schedule.epoch(2)[0]?.order)
  })

  it('is what loadArray follows, batch by batch', () => {
    const n = 11
    const X = tensor2d(
      Array.from({ length: n }, (_, i) => i),
      [n, 1],
    )
    const loader = loadArray([X], 4, { seed: 7, dropLast: true })
    const schedule = new BatchSchedule(n, 4, { seed: 7, dropLast: true })
    // Two epochs pass; the third is compared row by row (a batch is read inside the loop, which
    // disposes it when it moves on).
    expect([...loader].length).toBe(schedule.numBatches)
    expect([...loader].length).toBe(schedule.numBatches)
    const visited: number[][] = []
    for (const [batch] of loader) visited.push(Array.from(batch.dataSync()))
    const expected = schedule
      .epoch(3)
      .map(({ order, start, end }) => Array.from(order?.subarray(start, end) ?? []))
    expect(visited).toEqual(expected)
    X.dispose()
  })

  it.each([
    [() => new BatchSchedule(0, 1), 'size: expected an integer >= 1, received 0'],
    [() => new BatchSchedule(5, 6), 'batchSize: expected an integer >= 1 and <= 5, received 6'],
    [() => new BatchSchedule(5, 2, { seed: 1.5 }), 'options.seed: expected an integer'],
    [
      () => new BatchSchedule(5, 2, { shuffle: 'yes' as never }),
      'options.shuffle: expected true or false, received "yes"',
    ],
    [() => new BatchSchedule(5, 2).epoch(0), 'epoch: expected an integer >= 1, received 0'],
  ])('refuses bad arguments, naming them (%#)', (make, message) => {
    expect(make).toThrow(message)
  })
})
