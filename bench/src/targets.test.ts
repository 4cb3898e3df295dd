import { describe, expect, it } from 'vitest'
import type { BenchRecord } from './report.js'
import { evaluateTargets, formatTargets } from './targets.js'
import { w5Tolerance } from './workloads/w5-table-sgd.js'

function rec(
  workload: string,
  c: string,
  key: string,
  median: number,
  extra: Partial<BenchRecord> = {},
): BenchRecord {
  const [implementation, backend] = key.split('@') as [string, string]
  return {
    workload,
    case: c,
    implementation,
    backend,
    key,
    n: 1,
    d: 1,
    status: 'ok',
    seconds: { min: median, median, mean: median, max: median, times: [median] },
    ratioToReference: null,
    ...extra,
  }
}

describe('evaluateTargets', () => {
  it('judges W1: 20× over tfjs-layers, within 5× of the floor', () => {
    const targets = evaluateTargets([
      rec('W1', 'c', 'd2l-ts@cpu', 0.001),
      rec('W1', 'c', 'tfjs-layers@cpu', 0.05),
      rec('W1', 'c', 'typed-array@js', 0.0001),
    ])
    expect(targets).toHaveLength(2)
    expect(targets[0]).toMatchObject({ measured: 50, met: true })
    // 10× slower than the floor: the 5× target is missed by 2×.
    expect(targets[1]).toMatchObject({ measured: 10, met: false, missedBy: 2 })
  })

  it('judges W3 per case, including the accuracy of the coefficients', () => {
    const check = { passed: true, vsReference: 3e-8, vsTruth: 1e-3, criterion: '' }
    const targets = evaluateTargets([
      rec('W3', 'a', 'd2l-ts@cpu', 1, { check }),
      rec('W3', 'a', 'ml-js@js', 4),
      rec('W3', 'a', 'jax-js@wasm', 0.5),
    ])
    const byTarget = Object.fromEntries(targets.map((t) => [t.target, t]))
    expect(byTarget['fitClosedForm on cpu vs ml.js (speed-up)']).toMatchObject({
      met: false,
      missedBy: 2.5,
    })
    expect(byTarget['fitClosedForm on cpu vs jax-js lstsq, float32 (speed-up)']).toMatchObject({
      measured: 0.5,
      met: false,
    })
    expect(byTarget['fitClosedForm on cpu vs jax-js lstsq, float64 (speed-up)']?.met).toBeNull()
    expect(byTarget['coefficients vs the float64 reference (max-norm rel. error)']?.met).toBe(true)
    expect(formatTargets(targets)).toMatch(/MISSED by 2\.5×/)
  })
})

describe('evaluateTargets across workloads', () => {
  it('does not mix two workloads whose cases share a label', () => {
    const targets = evaluateTargets([
      rec('W2', 'same', 'd2l-ts@cpu', 1, {
        check: { passed: true, vsReference: 1e-3, vsTruth: 1e-3, criterion: '' },
      }),
      rec('W3', 'same', 'd2l-ts@cpu', 1, {
        check: { passed: true, vsReference: 2e-8, vsTruth: 1e-3, criterion: '' },
      }),
    ])
    const accuracy = targets.find((t) => t.target.startsWith('coefficients'))
    expect(accuracy?.measured).toBe(2e-8)
  })
})

describe('evaluateTargets on the table workloads', () => {
  const memory = (peakOverDataset: number) => ({
    peakRssBytes: 1,
    peakRssSource: 'VmHWM' as const,
    rssAtStartBytes: 1,
    rssWithDataBytes: 1,
    datasetBytes: 1,
    peakOverDataset,
    growthOverDataset: peakOverDataset,
  })

  it('judges W4: within 2× of the two-pass query, 55 % of the raw bytes, 1e-8 of the reference', () => {
    const targets = evaluateTargets([
      rec('W4', 'f', 'd2l-ts@cpu', 3, {
        check: { passed: true, vsReference: 4e-12, vsTruth: 1e-5, criterion: '' },
        memory: memory(0.6),
      }),
      rec('W4', 'f', 'duckdb-two-pass@duckdb', 2),
    ])
    expect(targets.map((t) => [t.measured, t.met])).toEqual([
      [1.5, true],
      [0.6, false],
      [4e-12, true],
    ])
  })

  it('judges W5: 65 % of the raw bytes, the loss falling, the weights near the truth', () => {
    const trace = { firstBatchLoss: 10, lastBatchLoss: 2, batches: 8192 }
    const targets = evaluateTargets(
      [
        rec('W5', 'f', 'd2l-ts@cpu', 6, {
          check: { passed: true, vsReference: 1e-4, vsTruth: 1e-4, criterion: '', trace },
          memory: memory(0.3),
        }),
      ],
      'full',
    )
    expect(targets.map((t) => [t.measured, t.met])).toEqual([
      [0.3, true],
      // 10 → 2 falls, but by 5×, not the 10× required.
      [0.2, false],
      [1e-4, true],
    ])
    // 2 × 1.8e-5 + 1e-3, shown to two digits.
    expect(targets[2]?.required).toBe('≤ 1.0e-3')
    expect(w5Tolerance('full')).toBeCloseTo(1.036e-3, 6)
    expect(formatTargets(targets)).toMatch(/2\.0e-1/)
  })
})
