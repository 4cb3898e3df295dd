import { describe, expect, it } from 'vitest'
import type { BenchRecord } from './report.js'
import { evaluateTargets, formatTargets } from './targets.js'

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
