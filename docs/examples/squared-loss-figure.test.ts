import { beforeAll, describe, expect, it } from 'vitest'
import { recordedRun } from '../scripts/example-runner.js'
import {
  axisOf,
  figuresOf,
  labelOf,
  legendOf,
  markersOf,
  numberAfter,
  pathsOf,
  textOf,
} from './test-support/outputs.js'
import { itHasAChineseTwin } from './test-support/twins.js'

describe('squared-loss-figure', () => {
  let text: string
  let svg: string
  beforeAll(() => {
    const run = recordedRun('squared-loss-figure')
    text = textOf(run)
    const figures = figuresOf(run)
    expect(figures).toHaveLength(1)
    svg = figures[0] as string
  })

  it('draws a dozen points, one fitted line and one residual per point', () => {
    const points = markersOf(svg, 'points-markers')
    expect(points.length).toBeGreaterThanOrEqual(10)
    expect(points.length).toBeLessThanOrEqual(14)
    const fit = pathsOf(svg, 'fit')
    expect(fit).toHaveLength(1)
    expect(fit[0]).toHaveLength(1)
    const [residuals] = pathsOf(svg, 'residuals')
    expect(residuals).toHaveLength(points.length)
    residuals?.forEach((segment, i) => {
      // Vertical, from the point itself …
      expect(segment).toHaveLength(2)
      const [[x0, y0] = [0, 0], [x1] = [0, 0]] = segment
      expect(x1).toBeCloseTo(x0, 1)
      expect(x0).toBeCloseTo(points[i]?.[0] as number, 1)
      expect(y0).toBeCloseTo(points[i]?.[1] as number, 1)
    })
    expect(legendOf(svg)).toHaveLength(3)
    expect(labelOf(svg, 'xlabel')).toBe('x')
    expect(labelOf(svg, 'ylabel')).toBe('y')
  })

  it('draws the least-squares line: residuals sum to zero and are uncorrelated with x', () => {
    // … to the fitted line.
    const [[start, end] = []] = pathsOf(svg, 'fit')[0] ?? []
    const [ax = 0, ay = 0] = start ?? []
    const [bx = 1, by = 0] = end ?? []
    const onLine = (x: number) => ay + ((by - ay) * (x - ax)) / (bx - ax)
    const segments = pathsOf(svg, 'residuals')[0] ?? []
    const r = segments.map(([[x, y] = [0, 0], [, yFit] = [0, 0]]) => {
      expect(Math.abs(yFit - onLine(x))).toBeLessThan(0.05)
      return { x, r: yFit - y }
    })
    // The normal equations of least squares, in SVG units (an affine image of the data units).
    const meanX = r.reduce((s, p) => s + p.x, 0) / r.length
    const sumAbs = r.reduce((s, p) => s + Math.abs(p.r), 0)
    expect(Math.abs(r.reduce((s, p) => s + p.r, 0))).toBeLessThan(0.01 * sumAbs + 0.3)
    const moment = r.reduce((s, p) => s + (p.x - meanX) * p.r, 0)
    const momentAbs = r.reduce((s, p) => s + Math.abs((p.x - meanX) * p.r), 0)
    expect(Math.abs(moment)).toBeLessThan(0.01 * momentAbs + 1)
  })

  it('prints the slope, intercept and loss of the line it draws', () => {
    const x = axisOf(svg, 'x')
    const y = axisOf(svg, 'y')
    const [[start, end] = []] = pathsOf(svg, 'fit')[0] ?? []
    const [x0, y0] = [x.toData(start?.[0] ?? 0), y.toData(start?.[1] ?? 0)]
    const [x1, y1] = [x.toData(end?.[0] ?? 0), y.toData(end?.[1] ?? 0)]
    const w = (y1 - y0) / (x1 - x0)
    expect(numberAfter(text, 'w')).toBeCloseTo(w, 2)
    expect(numberAfter(text, 'b')).toBeCloseTo(y0 - w * x0, 2)
    // L is the mean of ½·residual², residuals read back in data units.
    const segments = pathsOf(svg, 'residuals')[0] ?? []
    const half = segments.map(
      ([[, a] = [0, 0], [, b] = [0, 0]]) => (y.toData(a) - y.toData(b)) ** 2 / 2,
    )
    const loss = half.reduce((s, v) => s + v, 0) / half.length
    expect(Math.abs(numberAfter(text, 'L') / loss - 1)).toBeLessThan(0.01)
  })
})

itHasAChineseTwin('squared-loss-figure')
