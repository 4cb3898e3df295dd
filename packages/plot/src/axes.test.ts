import { describe, expect, it } from 'vitest'
import { axisDomain, axisTicks, isDrawable, makeScale, powerOfTenLabel, tickCount } from './axes.js'

describe('axisDomain', () => {
  it('widens the data range by 5% on each side', () => {
    expect(axisDomain([[0, 10], [5]], 'linear')).toEqual([-0.5, 10.5])
  })

  it('widens in log space on a log axis: 1 … 100 becomes 10^−0.1 … 10^2.1', () => {
    const [lo, hi] = axisDomain([[1, 10, 100]], 'log')
    expect(lo).toBeCloseTo(10 ** -0.1, 12)
    expect(hi).toBeCloseTo(10 ** 2.1, 10)
  })

  it('returns the limits unchanged when given', () => {
    expect(axisDomain([[0, 10]], 'linear', [2, 3])).toEqual([2, 3])
    expect(axisDomain([[0, 10]], 'linear', [3, 2])).toEqual([3, 2])
  })

  it('ignores non-finite values, and values ≤ 0 on a log axis', () => {
    expect(axisDomain([[Number.NaN, 0, Number.POSITIVE_INFINITY, 20]], 'linear')).toEqual([-1, 21])
    const [lo] = axisDomain([[-5, 0, 1, 10]], 'log')
    expect(lo).toBeCloseTo(10 ** -0.05, 12)
  })

  it('widens a single value to a visible range, and falls back when there is no data', () => {
    expect(axisDomain([[0, 0]], 'linear')).toEqual([0, 1])
    expect(axisDomain([[5]], 'linear')).toEqual([4.5, 5.5])
    expect(axisDomain([[Number.NaN]], 'linear')).toEqual([0, 1])
    expect(axisDomain([[-1]], 'log')).toEqual([1, 10])
  })
})

describe('axisTicks', () => {
  it('labels linear ticks with d3 (true minus sign, common precision)', () => {
    const ticks = axisTicks(makeScale('linear', [-1, 1], [0, 100]), 'linear', 4)
    expect(ticks.map((t) => t.label)).toEqual(['−1.0', '−0.5', '0.0', '0.5', '1.0'])
    expect(ticks.every((t) => t.major)).toBe(true)
  })

  it('labels only the powers of ten on a log axis; the multiples between are minor', () => {
    const ticks = axisTicks(makeScale('log', [1, 100], [0, 100]), 'log', 5)
    expect(ticks.filter((t) => t.major).map((t) => t.label)).toEqual(['1', '10', '100'])
    expect(ticks.filter((t) => !t.major).map((t) => t.value)).toEqual([
      2, 3, 4, 5, 6, 7, 8, 9, 20, 30, 40, 50, 60, 70, 80, 90,
    ])
    expect(ticks.filter((t) => !t.major).every((t) => t.label === '')).toBe(true)
  })

  it('writes every power as 10ᵏ on an axis that reaches beyond 0.001 … 1000, never a mix', () => {
    const ticks = axisTicks(makeScale('log', [1e-4, 1], [0, 100]), 'log', 5)
    expect(ticks.filter((t) => t.major).map((t) => t.label)).toEqual([
      '10⁻⁴',
      '10⁻³',
      '10⁻²',
      '10⁻¹',
      '10⁰',
    ])
  })

  it('keeps d3 labels on a log axis with fewer than two powers of ten in view', () => {
    const ticks = axisTicks(makeScale('log', [2, 9], [0, 100]), 'log', 5)
    expect(ticks.filter((t) => t.major).length).toBeGreaterThanOrEqual(2)
    expect(ticks.find((t) => t.value === 2)?.label).toBe('2')
  })

  it('writes those labels as plain decimals, never with SI prefixes (0.4, not 400m)', () => {
    const labels = axisTicks(makeScale('log', [0.25, 0.9], [0, 200]), 'log', 5)
      .filter((t) => t.major)
      .map((t) => t.label)
    expect(labels).toContain('0.4')
    expect(labels.every((label) => /^\d+(\.\d+)?$/.test(label))).toBe(true)
    const small = axisTicks(makeScale('log', [2e-5, 9e-5], [0, 200]), 'log', 5)
    expect(small.find((t) => t.value === 5e-5)?.label).toBe('0.00005')
  })
})

describe('powerOfTenLabel and the small helpers', () => {
  it('writes 10^k plainly from 0.001 to 1000, with a superscript beyond', () => {
    expect([-3, -2, -1, 0, 1, 2, 3].map((e) => powerOfTenLabel(e))).toEqual([
      '0.001',
      '0.01',
      '0.1',
      '1',
      '10',
      '100',
      '1000',
    ])
    expect(powerOfTenLabel(4)).toBe('10⁴')
    expect(powerOfTenLabel(-12)).toBe('10⁻¹²')
  })

  it('asks for one tick per spacing, at least two', () => {
    expect(tickCount(269, 50)).toBe(5)
    expect(tickCount(20, 50)).toBe(2)
  })

  it('draws finite values, and only positive ones on a log axis', () => {
    expect(isDrawable(0, 'linear')).toBe(true)
    expect(isDrawable(0, 'log')).toBe(false)
    expect(isDrawable(Number.NaN, 'linear')).toBe(false)
    expect(isDrawable(Number.NEGATIVE_INFINITY, 'linear')).toBe(false)
  })
})
