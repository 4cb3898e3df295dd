import { D2lError, ValueError } from '@d2l-ts/errors'
import { describe, expect, it } from 'vitest'
import { attr, byTag, one, parseSvg, type SvgNode, subpaths, textOf } from '../test/svg-tree.js'
import { plot } from './plot.js'

// Hand-computed geometry, from the measures documented in the README (and in LAYOUT):
// 72 units per inch; top 8; right 12; below the plot: edge 4 + tick 3.5 + pad 3.5 + tick labels 10,
// + 14 with an xlabel; left of the plot: edge 4 + tick 3.5 + pad 3.5 + 6 per character of the widest
// y tick label, + 14 with a ylabel. Automatic limits are the data range widened by 5% on each side.

const normal = (xs: readonly number[], mu: number, sigma: number) =>
  xs.map((x) => Math.exp(-0.5 * ((x - mu) / sigma) ** 2) / Math.sqrt(2 * Math.PI * sigma ** 2))

/** The series paths of a figure, as lists of subpaths. */
function seriesPaths(root: SvgNode): [number, number][][][] {
  return byTag(root, 'path', 'series').map((p) => subpaths(p.attrs.d ?? ''))
}

function tickLabels(root: SvgNode, axis: 'x-axis' | 'y-axis'): string[] {
  return byTag(one(root, axis), 'text').map(textOf)
}

describe('plot: the figure of section 3.1.3', () => {
  const x = Array.from({ length: 1400 }, (_, i) => -7 + i * 0.01) // the book's arange(-7, 7, 0.01)
  const params = [
    [0, 1],
    [0, 2],
    [3, 1],
  ] as const
  const legend = params.map(([mu, sigma]) => `mean ${mu}, std ${sigma}`)
  const svg = plot(
    x,
    params.map(([mu, sigma]) => normal(x, mu, sigma)),
    { xlabel: 'x', ylabel: 'p(x)', figsize: [4.5, 2.5], legend },
  )
  const root = parseSvg(svg)

  // Figure 4.5 × 2.5 in = 324 × 180. Bottom: 180 − (4 + 3.5 + 3.5 + 10 + 14) = 145. The y tick labels
  // are 0.0 … 0.4 (checked below), 3 characters: left = 4 + 3.5 + 3.5 + 18 + 14 = 43. Right: 324 − 12.
  const [left, right, top, bottom] = [43, 312, 8, 145]
  // x data: −7 … 6.99, widened by 5% of 13.99 on each side.
  const [x0, x1] = [-7 - 0.6995, 6.99 + 0.6995]
  // y data: 0 (to within 1e-11) … 1/√(2π), the peak of the σ = 1 density, widened by 5%.
  const peak = 1 / Math.sqrt(2 * Math.PI)
  const [y0, y1] = [-0.05 * peak, 1.05 * peak]
  const xPixel = (v: number) => left + ((v - x0) / (x1 - x0)) * (right - left)
  const yPixel = (v: number) => bottom - ((v - y0) / (y1 - y0)) * (bottom - top)
  const yValue = (py: number) => y0 + ((bottom - py) / (bottom - top)) * (y1 - y0)

  it('has the size of figsize in points, a title and role="img"', () => {
    expect(root.attrs.viewBox).toBe('0 0 324 180')
    expect(root.attrs.width).toBe('324pt')
    expect(root.attrs.height).toBe('180pt')
    expect(root.attrs.role).toBe('img')
    expect(root.children[0]?.tag).toBe('title')
    expect(textOf(root.children[0] as SvgNode)).toContain('p(x) against x')
  })

  it('draws three curves, three legend entries and both axis labels, as text', () => {
    expect(seriesPaths(root)).toHaveLength(3)
    const entries = byTag(root, 'g', 'legend-entry').map((g) => textOf(g))
    expect(entries).toEqual(['mean 0, std 1', 'mean 0, std 2', 'mean 3, std 1'])
    expect(textOf(one(root, 'xlabel'))).toBe('x')
    expect(textOf(one(root, 'ylabel'))).toBe('p(x)')
  })

  it('styles the curves with the book formats: solid, m--, g-., r: (here three of them)', () => {
    const paths = byTag(root, 'path', 'series')
    expect(paths.map((p) => p.attrs.stroke)).toEqual(['#0072B2', '#CC79A7', '#009E73'])
    expect(paths.map((p) => p.attrs['stroke-dasharray'])).toEqual([undefined, '6 3', '9 3 2 3'])
  })

  it('puts the plot area where the documented margins say', () => {
    const area = one(root, 'plot-area')
    expect([attr(area, 'x'), attr(area, 'y'), attr(area, 'width'), attr(area, 'height')]).toEqual([
      left,
      top,
      right - left,
      bottom - top,
    ])
  })

  it('labels the axes with ticks at their values', () => {
    expect(tickLabels(root, 'y-axis')).toEqual(['0.0', '0.1', '0.2', '0.3', '0.4'])
    // d3 writes a true minus sign (U+2212).
    expect(tickLabels(root, 'x-axis')).toEqual(['−6', '−4', '−2', '0', '2', '4', '6'])
    const yTexts = byTag(one(root, 'y-axis'), 'text')
    yTexts.forEach((t, i) => {
      expect(attr(t, 'y')).toBeCloseTo(yPixel(i / 10), 1)
    })
    const xTexts = byTag(one(root, 'x-axis'), 'text')
    xTexts.forEach((t, i) => {
      expect(attr(t, 'x')).toBeCloseTo(xPixel(-6 + 2 * i), 1)
    })
  })

  it("puts each curve's highest point at its mean", () => {
    seriesPaths(root).forEach(([points = []], k) => {
      // Coordinates are rounded to 0.01, so near a flat peak a few points tie for the top: the
      // curve is symmetric about its mean, so take the middle of the tie.
      const top = Math.min(...points.map((p) => p[1]))
      const tied = points.filter((p) => p[1] === top).map((p) => p[0])
      const middle = (Math.min(...tied) + Math.max(...tied)) / 2
      const mu = params[k]?.[0] as number
      // One data step (0.01) is 0.175 units wide.
      expect(Math.abs(middle - xPixel(mu))).toBeLessThan(0.2)
    })
  })

  it('maps the peak heights through the y scale: 1/√(2π) for σ = 1, half that for σ = 2', () => {
    const peaks = seriesPaths(root).map(([points]) => Math.min(...(points ?? []).map((p) => p[1])))
    const [p1, p2, p3] = peaks.map(yValue) as [number, number, number]
    expect(p1).toBeCloseTo(peak, 4)
    expect(p3).toBeCloseTo(peak, 4)
    expect(p2 / p1).toBeCloseTo(0.5, 3)
  })

  it('maps every point of a curve to its value', () => {
    const [points] = seriesPaths(root)[2] ?? []
    expect(points).toHaveLength(x.length)
    for (const i of [0, 250, 999, 1000, 1399]) {
      const xi = x[i] as number
      const [px, py] = points?.[i] ?? []
      expect(px).toBeCloseTo(xPixel(xi), 1)
      expect(py).toBeCloseTo(yPixel(normal([xi], 3, 1)[0] as number), 1)
    }
  })

  it('places the legend in the empty upper left corner (the upper right holds the μ = 3 peak)', () => {
    expect(one(root, 'legend').attrs['data-corner']).toBe('upper left')
  })
})

describe('plot: a legend that would hide data', () => {
  // Two diagonals pass through all four corners of the plot area: any corner's legend covers data.
  const x = Array.from({ length: 101 }, (_, i) => -1 + i / 50)
  const root = parseSvg(plot(x, [x, x.map((v) => -v)], { legend: ['rising', 'falling'] }))
  const box = one(root, 'legend').children.find((c) => c.tag === 'rect')

  it('goes under the figure, which grows by its height and a 4-unit edge', () => {
    expect(one(root, 'legend').attrs['data-corner']).toBe('below')
    // The box: 2 rows of 13 + 2 paddings of 4 = 34 high, from y = 180, the figsize's bottom.
    expect(Number(box?.attrs.y)).toBe(180)
    expect(Number(box?.attrs.height)).toBe(34)
    expect(root.attrs.viewBox).toBe('0 0 252 218')
    expect(root.attrs.height).toBe('218pt')
    expect(byTag(root, 'rect', 'background')[0]?.attrs.height).toBe('218')
  })

  it('stays inside when a corner is free', () => {
    const inside = parseSvg(plot(x, [x], { legend: ['rising'] }))
    expect(one(inside, 'legend').attrs['data-corner']).toBe('upper left')
    expect(inside.attrs.viewBox).toBe('0 0 252 180')
  })
})

describe('plot: arguments as in the book', () => {
  it('plots one argument against its index 0..n−1', () => {
    const root = parseSvg(plot([3, 1, 4, 1, 5]))
    // 252 × 180; bottom = 180 − 21 = 159; y ticks 1 … 5 (1 character): left = 4 + 7 + 6 = 17;
    // right = 240. x: 0 … 4 widened to −0.2 … 4.2; y: 1 … 5 widened to 0.8 … 5.2.
    expect(tickLabels(root, 'y-axis')).toEqual(['1', '2', '3', '4', '5'])
    const [[points]] = seriesPaths(root) as [[[number, number][]]]
    const expected = [3, 1, 4, 1, 5].map((v, i) => [
      17 + ((i + 0.2) / 4.4) * 223,
      159 - ((v - 0.8) / 4.4) * 151,
    ])
    points.forEach(([px, py], i) => {
      expect(px).toBeCloseTo(expected[i]?.[0] as number, 1)
      expect(py).toBeCloseTo(expected[i]?.[1] as number, 1)
    })
  })

  it('plots every row of a 2-D argument against the index', () => {
    const paths = seriesPaths(
      parseSvg(
        plot([
          [1, 2, 3],
          [3, 2, 1],
        ]),
      ),
    )
    expect(paths).toHaveLength(2)
    // Same x positions for both: the index.
    expect(paths[0]?.[0]?.map((p) => p[0])).toEqual(paths[1]?.[0]?.map((p) => p[0]))
  })

  it('shares one X among several Y, and pairs several X with as many Y', () => {
    const shared = seriesPaths(
      parseSvg(
        plot(
          [0, 1, 2],
          [
            [0, 1, 2],
            [2, 1, 0],
          ],
        ),
      ),
    )
    expect(shared[0]?.[0]?.map((p) => p[0])).toEqual(shared[1]?.[0]?.map((p) => p[0]))
    const paired = seriesPaths(
      parseSvg(
        plot(
          [
            [0, 1],
            [1, 2],
          ],
          [
            [5, 5],
            [5, 5],
          ],
        ),
      ),
    )
    const [a, b] = paired.map((s) => s[0]?.map((p) => p[0])) as [number[], number[]]
    // The second series starts where the first ends (x = 1).
    expect(b[0]).toBeCloseTo(a[1] as number, 5)
  })

  it('takes the options as second argument when there is no Y', () => {
    const root = parseSvg(plot([1, 2, 3], { xlabel: 'step' }))
    expect(textOf(one(root, 'xlabel'))).toBe('step')
    expect(seriesPaths(root)).toHaveLength(1)
  })

  it('accepts typed arrays and tensor-likes (dataSync with shape, or arraySync)', () => {
    const fromArray = plot([0, 1, 2], [[1, 4, 9]])
    const typed = plot(new Float64Array([0, 1, 2]), [new Float32Array([1, 4, 9])])
    const tensor2d = {
      shape: [1, 3],
      dataSync: () => new Float32Array([1, 4, 9]),
    }
    const nested = { arraySync: () => [[1, 4, 9]] }
    expect(typed).toBe(fromArray)
    expect(plot([0, 1, 2], tensor2d)).toBe(fromArray)
    expect(plot([0, 1, 2], nested)).toBe(fromArray)
    expect(plot({ shape: [3], dataSync: () => new Int32Array([0, 1, 2]) }, [[1, 4, 9]])).toBe(
      fromArray,
    )
  })

  it('draws more than four series, each distinct in colour or dash', () => {
    const x = [0, 1, 2]
    const ys = Array.from({ length: 9 }, (_, k) => x.map((v) => v + k))
    const paths = byTag(parseSvg(plot(x, ys)), 'path', 'series')
    expect(paths).toHaveLength(9)
    const looks = paths.map((p) => `${p.attrs.stroke} ${p.attrs['stroke-dasharray']}`)
    expect(new Set(looks).size).toBe(9)
  })

  it('draws markers for marker formats, centred on the points', () => {
    const root = parseSvg(plot([0, 1], [[0, 1]], { fmts: ['ro'], xlim: [0, 1], ylim: [0, 1] }))
    const marks = byTag(one(root, 'series-markers'), 'path')
    expect(marks).toHaveLength(2)
    expect(byTag(root, 'path', 'series')).toHaveLength(0) // a marker alone draws no line
    expect(one(root, 'series-markers').attrs.fill).toBe('#D55E00')
  })
})

describe('plot: scales and limits', () => {
  it('puts log ticks at 1, 10, 100, 1000, evenly spaced', () => {
    const root = parseSvg(plot([1, 10, 100, 1000], { yscale: 'log' }))
    expect(tickLabels(root, 'y-axis')).toEqual(['1', '10', '100', '1000'])
    const ys = byTag(one(root, 'y-axis'), 'text').map((t) => attr(t, 'y'))
    const gaps = ys.slice(1).map((y, i) => (ys[i] as number) - y)
    for (const gap of gaps) expect(gap).toBeCloseTo(gaps[0] as number, 1)
    // And the data is a straight line on it: equal steps in pixels.
    const [[points]] = seriesPaths(root) as [[[number, number][]]]
    const dy = points.slice(1).map(([, y], i) => (points[i]?.[1] as number) - y)
    for (const step of dy) expect(step).toBeCloseTo(gaps[0] as number, 1)
  })

  it('writes the powers of ten as 10ᵏ on an axis reaching beyond 1000, and minor ticks unlabelled', () => {
    const root = parseSvg(plot([0.5, 20, 3e5], { yscale: 'log', figsize: [3.5, 6] }))
    const labels = tickLabels(root, 'y-axis')
    expect(labels).toEqual(['10⁰', '10¹', '10²', '10³', '10⁴', '10⁵'])
    const marks = byTag(one(root, 'y-axis'), 'line')
    expect(marks.length).toBeGreaterThan(labels.length) // the 2 … 9 multiples, as minor ticks
  })

  it('uses a log x axis too', () => {
    const root = parseSvg(plot([1, 10, 100], [1, 2, 3], { xscale: 'log', xlim: [1, 100] }))
    expect(tickLabels(root, 'x-axis')).toEqual(['1', '10', '100'])
    const [[points]] = seriesPaths(root) as [[[number, number][]]]
    const area = one(root, 'plot-area')
    // xlim [1, 100] on a log axis: x = 10 is halfway.
    expect(points[1]?.[0]).toBeCloseTo(attr(area, 'x') + attr(area, 'width') / 2, 1)
  })

  it('shows exactly xlim and ylim, clipping what lies outside to the plot area', () => {
    const x = Array.from({ length: 11 }, (_, i) => i)
    const root = parseSvg(plot(x, x, { xlim: [2, 5], ylim: [0, 3] }))
    const area = one(root, 'plot-area')
    const [ax, ay, aw, ah] = ['x', 'y', 'width', 'height'].map((n) => attr(area, n)) as number[]
    // The nested <svg> is a viewport onto the same coordinates, and clips to it.
    expect(area.attrs.viewBox).toBe(`${ax} ${ay} ${aw} ${ah}`)
    expect(area.attrs.overflow).toBe('hidden')
    const [[points]] = seriesPaths(root) as [[[number, number][]]]
    // (2, 2) is on the left edge; (3, 3) on the top edge; (5, 5) lies outside, above.
    expect(points[2]?.[0]).toBeCloseTo(ax as number, 5)
    expect(points[3]?.[1]).toBeCloseTo(ay as number, 5)
    expect(points[5]?.[1]).toBeLessThan(ay as number)
    expect(points[10]?.[0]).toBeGreaterThan((ax as number) + (aw as number))
    // Every tick lies within the limits.
    const xs = tickLabels(root, 'x-axis').map(Number)
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(2)
    expect(Math.max(...xs)).toBeLessThanOrEqual(5)
  })

  it('fits the y axis to the points inside xlim when only xlim is given', () => {
    const x = Array.from({ length: 11 }, (_, i) => i)
    const root = parseSvg(plot(x, x, { xlim: [0, 4] }))
    // y of the points inside: 0 … 4, widened by 5% to −0.2 … 4.2.
    expect(tickLabels(root, 'y-axis')).toEqual(['0', '1', '2', '3', '4'])
  })

  it('allows reversed limits', () => {
    const root = parseSvg(plot([0, 1], [0, 1], { xlim: [1, 0] }))
    const [[points]] = seriesPaths(root) as [[[number, number][]]]
    expect(points[0]?.[0]).toBeGreaterThan(points[1]?.[0] as number)
  })
})

describe('plot: non-finite values are gaps', () => {
  it('breaks the line at NaN and ±Infinity and leaves them out of the limits', () => {
    const root = parseSvg(plot([1, 2, Number.NaN, 4, Number.POSITIVE_INFINITY, 6, 7]))
    const [parts] = seriesPaths(root) as [[number, number][][]]
    expect(parts.map((p) => p.length)).toEqual([2, 1, 2])
    // Limits from 1 … 7 only: ticks stay small numbers.
    expect(
      tickLabels(root, 'y-axis')
        .map(Number)
        .every((v) => v >= 0 && v <= 8),
    ).toBe(true)
  })

  it('breaks the line at values ≤ 0 on a log axis', () => {
    const [parts] = seriesPaths(parseSvg(plot([1, 10, 0, 100, -5, 1000], { yscale: 'log' }))) as [
      [number, number][][],
    ]
    expect(parts.map((p) => p.length)).toEqual([2, 1, 1])
  })

  it('draws an all-NaN series as nothing, on default limits', () => {
    const root = parseSvg(plot([Number.NaN, Number.NaN]))
    expect(byTag(root, 'path', 'series')[0]?.attrs.d).toBe('')
  })
})

describe('plot: bad input', () => {
  const catchError = (f: () => unknown): Error => {
    try {
      f()
    } catch (e) {
      return e as Error
    }
    throw new Error('expected an error')
  }

  it('names the series whose length differs from X', () => {
    const x = Array.from({ length: 200 }, (_, i) => i)
    const e = catchError(() => plot(x, [x, x.slice(1)]))
    expect(e).toBeInstanceOf(ValueError)
    expect(e).toBeInstanceOf(D2lError)
    expect(e.message).toBe('plot: Y[1]: expected 200 values (as many as X), received 199')
  })

  it('names one Y series as Y, and a paired X by its index', () => {
    expect(() => plot([1, 2, 3], [1, 2])).toThrow(
      'plot: Y: expected 3 values (as many as X), received 2',
    )
    expect(() =>
      plot(
        [
          [1, 2],
          [1, 2, 3],
        ],
        [
          [1, 2],
          [1, 2],
        ],
      ),
    ).toThrow('plot: Y[1]: expected 3 values (as many as X[1]), received 2')
    expect(() => plot([[1], [2], [3]], [[1], [2]])).toThrow(
      'plot: X: expected one series or 2 (as many as Y), received 3 series',
    )
  })

  it('rejects empty series', () => {
    expect(() => plot([])).toThrow('plot: X: expected at least one value, received an empty array')
    expect(() => plot([1, 2], [[1, 2], []])).toThrow(
      'plot: Y[1]: expected at least one value, received an empty series',
    )
  })

  it('rejects what is not numbers, with a ValueError naming the element', () => {
    const e = catchError(() => plot([1, '2', 3] as unknown as number[]))
    expect(e).toBeInstanceOf(ValueError)
    expect(e.message).toBe(
      'plot: X[1]: expected a number (NaN and ±Infinity are drawn as gaps), received "2"',
    )
    expect(() => plot('abc' as unknown as number[])).toThrow(ValueError)
    expect(() => plot(undefined as unknown as number[])).toThrow('plot: X: expected numbers')
    expect(() => plot({ shape: [2, 2, 2], dataSync: () => new Float32Array(8) })).toThrow(
      'plot: X: expected a 1-D or 2-D tensor, received a tensor of shape [2, 2, 2]',
    )
  })

  it('rejects an unknown format, naming it and its index', () => {
    const e = catchError(() =>
      plot(
        [1, 2],
        [
          [1, 2],
          [2, 1],
        ],
        { fmts: ['-', 'q-'] },
      ),
    )
    expect(e).toBeInstanceOf(ValueError)
    expect(e.message).toMatch(
      /^plot: options\.fmts\[1\]: expected a format such as 'r--'.*, received 'q-'$/,
    )
  })

  it('rejects bad options, naming them', () => {
    expect(() => plot([1, 2], { xscale: 'logarithmic' as 'log' })).toThrow(
      "plot: options.xscale: expected 'linear' or 'log', received \"logarithmic\"",
    )
    expect(() => plot([1, 2], { ylim: [0, 10], yscale: 'log' })).toThrow(
      'plot: options.ylim: expected positive limits on a log axis, received [0, 10]',
    )
    expect(() => plot([1, 2], { xlim: [1, 1] })).toThrow(
      'plot: options.xlim: expected two different finite numbers, received [1, 1]',
    )
    expect(() => plot([1, 2], { figsize: [0, 2] })).toThrow('plot: options.figsize')
    expect(() => plot([1, 2], { legend: ['a', 'b'] })).toThrow(
      'plot: options.legend: expected at most 1 label (one per series), received 2',
    )
    expect(() => plot([1, 2], [1, 2], 'x' as never)).toThrow(
      'plot: options: expected an options object, received "x"',
    )
  })
})

describe('plot: what it leaves alone, and what it escapes', () => {
  it('does not change the caller’s data or options', () => {
    const x = Object.freeze([3, 1, 2])
    const ys = Object.freeze([Object.freeze([1, Number.NaN, 3]), Object.freeze([3, 2, 1])])
    const typed = new Float32Array([5, 6, 7])
    const options = Object.freeze({
      legend: Object.freeze(['a', 'b']),
      xlim: Object.freeze([0, 3]) as readonly [number, number],
      fmts: Object.freeze(['r-', 'b--']),
    })
    expect(() => plot(x, ys, options)).not.toThrow()
    plot(x, typed)
    expect(Array.from(typed)).toEqual([5, 6, 7])
    expect(x).toEqual([3, 1, 2])
  })

  it('escapes labels, so that any text stays text', () => {
    const label = `<b>"a" & 'b'</b>`
    const root = parseSvg(
      plot([1, 2], { xlabel: label, ylabel: label, legend: [label], title: label }),
    )
    expect(textOf(one(root, 'xlabel'))).toBe(label)
    expect(textOf(one(root, 'ylabel'))).toBe(label)
    expect(textOf(byTag(root, 'title')[0] as SvgNode)).toBe(label)
    expect(byTag(root, 'b')).toHaveLength(0)
  })
})
