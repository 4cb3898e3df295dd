import { beforeAll, describe, expect, it } from 'vitest'
import { recordedRun } from '../scripts/example-runner.js'
import { axisOf, figuresOf, labelOf, legendOf, pathsOf } from './test-support/outputs.js'
import { itHasAChineseTwin } from './test-support/twins.js'

// (μ, σ) of the three curves of 3.1.3, in the order of the book's legend.
const PARAMS = [
  [0, 1],
  [0, 2],
  [3, 1],
] as const

describe('normal-distribution', () => {
  let svg: string
  beforeAll(() => {
    const figures = figuresOf(recordedRun('normal-distribution'))
    expect(figures).toHaveLength(1)
    svg = figures[0] as string
  })

  it('is the book figure: 4.5 × 2.5 inches, x against p(x), one legend entry per curve', () => {
    expect(svg).toContain('viewBox="0 0 324 180"') // 72 units per inch
    expect(labelOf(svg, 'xlabel')).toBe('x')
    expect(labelOf(svg, 'ylabel')).toBe('p(x)')
    expect(legendOf(svg)).toEqual(PARAMS.map(([mu, sigma]) => `mean ${mu}, std ${sigma}`))
  })

  it('draws each density from −7 to 7, peaking at μ with height 1/√(2πσ²)', () => {
    const curves = pathsOf(svg, 'series')
    expect(curves).toHaveLength(3)
    const x = axisOf(svg, 'x')
    const y = axisOf(svg, 'y')
    curves.forEach(([points = []], i) => {
      const [mu, sigma] = PARAMS[i] as readonly [number, number]
      expect(points.length).toBeGreaterThanOrEqual(1400) // a step of 0.01
      expect(x.toData(points[0]?.[0] ?? 0)).toBeCloseTo(-7, 1)
      expect(x.toData(points.at(-1)?.[0] ?? 0)).toBeCloseTo(7, 1)
      const top = Math.min(...points.map(([, py]) => py))
      const peak = points.find(([, py]) => py === top) ?? [0, 0]
      expect(Math.abs(x.toData(peak[0]) - mu)).toBeLessThan(0.05)
      expect(y.toData(peak[1])).toBeCloseTo(1 / Math.sqrt(2 * Math.PI * sigma ** 2), 2)
    })
  })
})

itHasAChineseTwin('normal-distribution')
