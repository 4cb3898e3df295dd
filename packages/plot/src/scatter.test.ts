import { ValueError } from '@d2l-ts/errors'
import { describe, expect, it } from 'vitest'
import { attr, byTag, one, parseSvg, subpaths, textOf, translation } from '../test/svg-tree.js'
import { scatter } from './scatter.js'

describe('scatter', () => {
  // x 1 … 4 and y 3 … 9 fill the default 252 × 180 figure with limits x0 … x1, y0 … y1 given, so the
  // scales are fixed: plot area from left 17 (one-character y labels: 4 + 7 + 6) to 240, top 8 to
  // bottom 159 (checked through the plot-area element below).
  const x = [1, 2, 3, 4]
  const y = [3, 5.5, 6.5, 9]
  const fit = { w: 2, b: 1 } // ŷ = 3, 5, 7, 9
  const options = { fit, residuals: true, xlim: [0, 5], ylim: [0, 10] } as const
  const root = parseSvg(scatter(x, y, options))
  const area = one(root, 'plot-area')
  const [left, top, width, height] = ['x', 'y', 'width', 'height'].map((n) => attr(area, n)) as [
    number,
    number,
    number,
    number,
  ]
  const px = (v: number) => left + (v / 5) * width
  const py = (v: number) => top + height - (v / 10) * height

  it('uses the documented plot area', () => {
    // y ticks 0, 2, …, 10: the widest label is '10', so left = 4 + 7 + 12 = 23.
    expect([left, top, left + width, top + height]).toEqual([23, 8, 240, 159])
  })

  it('draws one marker at each point', () => {
    const marks = byTag(one(root, 'points-markers'), 'path').map(translation)
    expect(marks).toHaveLength(4)
    marks.forEach(([mx, my], i) => {
      expect(mx).toBeCloseTo(px(x[i] as number), 1)
      expect(my).toBeCloseTo(py(y[i] as number), 1)
    })
  })

  it('draws the fitted line ŷ = w·x + b across the x range', () => {
    const [[start, end]] = subpaths(one(root, 'fit').attrs.d ?? '') as [
      [[number, number], [number, number]],
    ]
    // With xlim [0, 5]: from (0, 1) to (5, 11).
    expect(start[0]).toBeCloseTo(px(0), 1)
    expect(start[1]).toBeCloseTo(py(1), 1)
    expect(end[0]).toBeCloseTo(px(5), 1)
    expect(end[1]).toBeCloseTo(py(11), 1)
  })

  it('draws each residual as a vertical segment from the point to the line', () => {
    const segments = subpaths(one(root, 'residuals').attrs.d ?? '')
    expect(segments).toHaveLength(4)
    segments.forEach(([a, b], i) => {
      const xi = x[i] as number
      expect(a?.[0]).toBeCloseTo(px(xi), 1)
      expect(b?.[0]).toBeCloseTo(px(xi), 1)
      expect(a?.[1]).toBeCloseTo(py(y[i] as number), 1)
      expect(b?.[1]).toBeCloseTo(py(2 * xi + 1), 1)
    })
  })

  it('samples a fitted function, and labels the layers in order from the legend', () => {
    const svg = scatter([0, 1, 2], [0, 1, 4], { fit: (v) => v * v, legend: ['data', 'x²'] })
    const r = parseSvg(svg)
    const [points] = subpaths(one(r, 'fit').attrs.d ?? '')
    expect(points).toHaveLength(201)
    expect(byTag(r, 'g', 'legend-entry').map(textOf)).toEqual(['data', 'x²'])
    expect(textOf(byTag(r, 'title')[0] ?? r)).toMatch(/^Scatter plot/)
  })

  it('leaves out points with a non-finite coordinate', () => {
    const r = parseSvg(scatter([1, Number.NaN, 3], [1, 2, Number.POSITIVE_INFINITY]))
    expect(byTag(one(r, 'points-markers'), 'path')).toHaveLength(1)
  })

  it('rejects bad input, naming the argument', () => {
    expect(() => scatter([1, 2, 3], [1, 2])).toThrow(
      new ValueError({
        source: 'scatter',
        argument: 'y',
        expected: '3 values (as many as x)',
        received: '2',
      }),
    )
    expect(() => scatter([1], [1], { residuals: true })).toThrow(
      'scatter: options.residuals: expected options.fit as well',
    )
    expect(() => scatter([1], [1], { fit: { w: 1 } as never })).toThrow(ValueError)
    expect(() => scatter([[1], [2]] as never, [1])).toThrow(
      'scatter: x: expected one series of numbers, received 2 series',
    )
    expect(() => scatter([1], [1], { fmt: 'q' })).toThrow(/^scatter: options\.fmt:/)
    expect(() => scatter([1], [1], { legend: ['a', 'b'] })).toThrow('scatter: options.legend')
  })
})
