// TableBatches: minibatches streamed from a table through a seeded shuffle buffer. The truths are
// the rows the query makes (row i holds x = i, y = 2i + 1) and what a buffer of B rows can do: visit
// each row once per epoch, and never move a row more than B places earlier.
import { ValueError } from '@d2l-ts/tensor'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DataTable } from './data-table.js'
import { openTable } from './open-table.js'
import { TableBatches, type TableBatchOptions } from './table-batches.js'

const ROWS = 1000
let table: DataTable

beforeAll(async () => {
  table = await openTable({
    engine: 'duckdb',
    query: `SELECT i::DOUBLE AS x, (2 * i + 1)::DOUBLE AS y FROM range(${ROWS}) AS r(i) ORDER BY i`,
  })
})
afterAll(() => table?.close())

/** The x of every row of an epoch, in the order the batches give them, and the batch sizes. */
async function readEpoch(options: Partial<TableBatchOptions>, epoch = 1) {
  const batches = new TableBatches(table, {
    features: ['x'],
    target: 'y',
    batchSize: 64,
    ...options,
  })
  const order: number[] = []
  const sizes: number[] = []
  for await (const { X, y, rows } of batches.epoch(epoch)) {
    sizes.push(rows)
    for (let r = 0; r < rows; r++) {
      expect(y[r]).toBe(2 * X[r]! + 1) // features and label of one row stay together
      order.push(X[r]!)
    }
  }
  return { order, sizes }
}

describe('TableBatches', () => {
  it('without shuffling, gives the rows in the table order, in batches of batchSize', async () => {
    const { order, sizes } = await readEpoch({ shuffle: false })
    expect(order).toEqual(Array.from({ length: ROWS }, (_, i) => i))
    expect(sizes).toEqual([...Array(15).fill(64), 40])
    const dropped = await readEpoch({ shuffle: false, dropLast: true })
    expect(dropped.sizes).toEqual(Array(15).fill(64))
  })

  it('shuffled, visits every row once, never more than shuffleBuffer places early', async () => {
    const shuffleBuffer = 100
    const { order } = await readEpoch({ shuffleBuffer, seed: 3, chunkRows: 70 })
    expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: ROWS }, (_, i) => i))
    order.forEach((row, place) => {
      expect(row - place).toBeLessThanOrEqual(shuffleBuffer)
    })
    // Mixed, not merely delayed: many rows leave their place.
    expect(order.filter((row, place) => row !== place).length).toBeGreaterThan(ROWS / 2)
  })

  it('repeats an epoch for the same seed and epoch, and differs between epochs and seeds', async () => {
    const a = (await readEpoch({ seed: 5 }, 2)).order
    expect((await readEpoch({ seed: 5 }, 2)).order).toEqual(a)
    expect((await readEpoch({ seed: 5 }, 3)).order).not.toEqual(a)
    expect((await readEpoch({ seed: 6 }, 2)).order).not.toEqual(a)
  })

  it('with a buffer as large as the table, shuffles it whole', async () => {
    const { order } = await readEpoch({ shuffleBuffer: ROWS, seed: 1 })
    // The last rows of the table can come first.
    expect(Math.max(...order.slice(0, 64))).toBeGreaterThan(ROWS / 2)
  })

  it('refuses malformed options, naming them', () => {
    const bad: [Partial<TableBatchOptions>, string][] = [
      [{ batchSize: 0 }, 'options.batchSize'],
      [{ shuffleBuffer: 1.5 }, 'options.shuffleBuffer'],
      [{ chunkRows: -1 }, 'options.chunkRows'],
      [{ seed: 0.5 }, 'options.seed'],
      [{ shuffle: 'yes' as never }, 'options.shuffle'],
      [{ features: 'x' as never }, 'options.features'],
      [{ target: 3 as never }, 'options.target'],
    ]
    for (const [options, argument] of bad) {
      expect(
        () => new TableBatches(table, { features: ['x'], target: 'y', batchSize: 8, ...options }),
      ).toThrow(new RegExp(`^${argument.replace('.', '\\.')}: expected`))
    }
    expect(() => new TableBatches(table, null as never)).toThrow(ValueError)
  })

  it("names an unknown column as the caller wrote it, listing the table's columns", () => {
    expect(() => new TableBatches(table, { features: ['z'], target: 'y', batchSize: 8 })).toThrow(
      'options.features: expected a column of the table ("x", "y"), received "z"',
    )
    expect(() => new TableBatches(table, { features: ['x'], target: 'Y', batchSize: 8 })).toThrow(
      'options.target: expected a column of the table ("x", "y"), received "Y"',
    )
  })

  it("reports the table's own errors when an epoch is read: a column that is not numbers", async () => {
    await using text = await openTable({
      engine: 'duckdb',
      query: "SELECT 1.5 AS x, 'a' AS label, DATE '2020-01-01' AS day",
    })
    const batches = new TableBatches(text, { features: ['day'], target: 'x', batchSize: 1 })
    await expect(batches.epoch(1).next()).rejects.toThrow(/expected a column of numbers/)
  })
})
