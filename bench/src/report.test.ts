import { describe, expect, it } from 'vitest'
import {
  addRatios,
  type BenchRecord,
  formatColumns,
  formatRate,
  formatRatio,
  formatSeconds,
  formatTable,
  toRecord,
  typicalSeconds,
} from './report.js'
import type { Task } from './task.js'

function timed(key: string, median: number, c = '1000×2'): BenchRecord {
  const [implementation, backend] = key.split('@') as [string, string]
  return {
    workload: 'W1',
    case: c,
    implementation,
    backend,
    key,
    n: 1000,
    d: 2,
    status: 'ok',
    seconds: { min: median * 0.9, median, mean: median, max: median * 1.2, times: [median] },
    ratioToReference: null,
  }
}

describe('addRatios', () => {
  it('divides each median by the d2l-ts cpu median of the same case', () => {
    const records = addRatios([
      timed('d2l-ts@cpu', 0.002),
      timed('tfjs-layers@cpu', 0.08),
      timed('typed-array@js', 0.0001),
      timed('d2l-ts@cpu', 1, 'other'),
      timed('tfjs-layers@cpu', 3, 'other'),
    ])
    expect(records.map((r) => r.ratioToReference)).toEqual([1, 40, 0.05, 1, 3])
  })

  it("gives d2l-ts rows each peer's speed-up, peer median / d2l-ts median", () => {
    const [cpu, wasm] = addRatios([
      timed('d2l-ts@cpu', 0.002),
      timed('d2l-ts@wasm', 0.004),
      timed('tfjs-layers@cpu', 0.08),
    ])
    expect(cpu?.speedupVsPeers).toEqual({ 'tfjs-layers@cpu': 40 })
    expect(wasm?.speedupVsPeers).toEqual({ 'tfjs-layers@cpu': 20 })
    expect(wasm?.ratioToReference).toBe(2)
  })

  it('estimates from the runs that finished before a timeout, and says so', () => {
    const slow: BenchRecord = {
      ...timed('ml-js@js', 0),
      status: 'timeout',
      completedRuns: [30, 10, 20],
    }
    delete slow.seconds
    const [, r] = addRatios([timed('d2l-ts@cpu', 2), slow])
    expect(typicalSeconds(slow)).toEqual({ seconds: 20, estimate: true })
    expect(r?.ratioToReference).toBe(10)
    expect(r?.ratioIsEstimate).toBe(true)
  })

  it('leaves ratios null without a reference', () => {
    const [r] = addRatios([timed('tfjs-layers@cpu', 1)])
    expect(r?.ratioToReference).toBeNull()
  })
})

describe('toRecord', () => {
  const task = {
    workload: 'W2',
    caseLabel: '100×4',
    implementation: 'd2l-ts',
    backend: 'cpu',
    // (100·4 + 100) float32
    datasetBytes: 2000,
  } as Task
  it('marks a timed run whose check failed, and relates peak RSS to the dataset bytes', () => {
    const record = toRecord(task, 100, 4, {
      status: 'ok',
      completedRuns: [],
      wallSeconds: 1,
      check: { passed: false, vsReference: 1, vsTruth: 1, criterion: '' },
      result: { min: 1, median: 1, mean: 1, max: 1, times: [1, 1, 1, 1, 1] },
      rssAtStart: 1000,
      rssWithData: 2000,
      maxRss: 4000,
      untimedRuns: 1,
    })
    expect(record.status).toBe('check-failed')
    expect(record.timedRuns).toBe(5)
    expect(record.memory).toMatchObject({
      datasetBytes: 2000,
      peakOverDataset: 2,
      growthOverDataset: 1.5,
    })
  })
})

describe('formatting', () => {
  it('writes seconds in a fitting unit and ratios to three digits', () => {
    expect(formatSeconds(8.12e-5)).toBe('81.2 µs')
    expect(formatSeconds(0.0341)).toBe('34.1 ms')
    expect(formatSeconds(12.345)).toBe('12.3 s')
    expect(formatSeconds(undefined)).toBe('—')
    expect(formatRatio(0.001234)).toBe('0.00123×')
    expect(formatRatio(387.4, true)).toBe('≈387×')
    expect(formatRatio(12345)).toBe('12345×')
    expect(formatRatio(null)).toBe('—')
    expect(formatRate(1_523_456)).toBe('1.52 M')
    expect(formatRate(999_999)).toBe('1.00 M')
    expect(formatRate(83_012)).toBe('83.0 k')
    expect(formatRate(null)).toBe('—')
  })

  it('aligns columns, numbers to the right', () => {
    expect(
      formatColumns(
        ['name', 'time'],
        [
          ['a', '1.5'],
          ['bbb', '10.25'],
        ],
      ),
    ).toBe(['name   time', '----  -----', 'a       1.5', 'bbb   10.25'].join('\n'))
  })

  it('prints a row per record and the d2l-ts speed-ups', () => {
    const table = formatTable(
      addRatios([timed('d2l-ts@cpu', 0.002), timed('tfjs-layers@cpu', 0.08)]),
    )
    expect(table).toContain('tfjs-layers')
    expect(table).toContain('40.0×')
    expect(table).toMatch(/d2l-ts@cpu speed-up over: tfjs-layers@cpu 40\.0×/)
  })

  it('adds rows per second, and notes how the checked run went', () => {
    const epoch = timed('d2l-ts@cpu', 2)
    epoch.check = {
      passed: true,
      vsReference: 1e-4,
      vsTruth: 1e-4,
      criterion: '',
      trace: { firstBatchLoss: 12.5, lastBatchLoss: 5.2e-5, batches: 8 },
    }
    const table = formatTable([epoch], { throughput: true })
    expect(table).toContain('rows/s')
    // 1000 rows in a median of 2 s.
    expect(table).toContain('500')
    expect(table).toContain('batch loss 1.3e+1 → 5.2e-5 over 8 batches')
  })
})
