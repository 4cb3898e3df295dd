import { describe, expect, it } from 'vitest'
import { checkFit, relativeError } from './check.js'
import type { LinearFit } from './problem.js'

const fit = (w: number[], b: number): LinearFit => ({ w: Float64Array.from(w), b })

describe('relativeError', () => {
  it('is ‖a − b‖ / ‖b‖ over [w, b] in L2 and in the max norm', () => {
    // a − b = [0, 0, 1], b = [3, 0, 4]: L2 1/5, max 1/4.
    expect(relativeError(fit([3, 0], 5), fit([3, 0], 4), 'l2')).toBeCloseTo(0.2, 12)
    expect(relativeError(fit([3, 0], 5), fit([3, 0], 4), 'max')).toBeCloseTo(0.25, 12)
  })

  it('is 0 for equal vectors and infinite for NaN or mismatched lengths', () => {
    expect(relativeError(fit([0], 0), fit([0], 0))).toBe(0)
    expect(relativeError(fit([Number.NaN], 0), fit([1], 0))).toBe(Number.POSITIVE_INFINITY)
    expect(relativeError(fit([1, 2], 0), fit([1], 0))).toBe(Number.POSITIVE_INFINITY)
  })
})

describe('checkFit', () => {
  const truth = fit([2, -3.4], 4.2)
  it('passes an SGD result close to the reference and the truth, fails one far away', () => {
    const spec = { kind: 'sgd', maxVsReference: 0.01, maxVsTruth: 0.01 } as const
    expect(checkFit(fit([2.001, -3.4], 4.2), truth, truth, spec).passed).toBe(true)
    const far = checkFit(fit([1.5, -3.4], 4.2), truth, truth, spec)
    expect(far.passed).toBe(false)
    expect(far.vsTruth).toBeGreaterThan(0.01)
  })

  it('judges the closed form by the max-norm error to 1e-6', () => {
    const spec = { kind: 'closed-form', maxVsReference: 1e-6 } as const
    expect(checkFit(fit([2, -3.4], 4.2 + 1e-7), truth, truth, spec).passed).toBe(true)
    expect(checkFit(fit([2, -3.4], 4.2 + 1e-4), truth, truth, spec).passed).toBe(false)
  })
})
