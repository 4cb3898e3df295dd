import { line } from 'd3-shape'
import { axisDomain, axisTicks, isDrawable, makeScale, type Scale, tickCount } from './axes.js'
import type { SeriesStyle } from './format.js'
import { LAYOUT, leftEdge, type PlotArea, verticalLayout } from './layout.js'
import { type LegendEntry, legendBelow, placeLegend, renderLegend } from './legend.js'
import { markerGroup } from './markers.js'
import type { ResolvedAxes } from './options.js'
import { element, num, textElement } from './svg.js'

/** One thing drawn in the plot area: a line, markers, or both, through the points (x[i], y[i]). */
export interface Trace {
  x: readonly number[]
  y: readonly number[]
  style: SeriesStyle
  /** The legend label, when it has one. */
  label?: string
  /** The SVG class of its elements (`series`, `fit`, `residuals`). Default `series`. */
  role?: string
  /** Stroke width. Default {@link LAYOUT.lineWidth}. */
  lineWidth?: number
  /** Whether its points count towards the automatic axis limits. Default true. */
  scalesAxes?: boolean
}

/** Everything a figure needs. */
export interface FigureSpec {
  traces: readonly Trace[]
  axes: ResolvedAxes
  /** The first words of the default accessible title, such as `'Line plot'`. */
  kind: string
}

const FONT_FAMILY = 'DejaVu Sans, Helvetica, Arial, sans-serif'
const GRID_COLOR = '#B0B0B0'

/** The figure size in SVG units. */
export function figureSize(axes: ResolvedAxes): { width: number; height: number } {
  return {
    width: axes.figsize[0] * LAYOUT.unitsPerInch,
    height: axes.figsize[1] * LAYOUT.unitsPerInch,
  }
}

function defaultTitle(spec: FigureSpec): string {
  const { axes, traces } = spec
  const what = `${spec.kind} of ${axes.ylabel || 'y'} against ${axes.xlabel || 'x'}`
  const labels = traces.map((t) => t.label).filter((l): l is string => !!l)
  if (labels.length > 0) return `${what}: ${labels.join('; ')}`
  const n = traces.length
  return `${what}, ${n} series`
}

/** The trace's points in SVG units, with NaN where a point cannot be drawn. */
function project(trace: Trace, sx: Scale, sy: Scale, axes: ResolvedAxes): [number, number][] {
  return trace.x.map((xv, i) => {
    const yv = trace.y[i] ?? Number.NaN
    return isDrawable(xv, axes.xscale) && isDrawable(yv, axes.yscale)
      ? [sx(xv), sy(yv)]
      : [Number.NaN, Number.NaN]
  })
}

/** Samples the straight segments between consecutive drawable points, for legend placement. */
function sampleLine(points: readonly [number, number][], withLine: boolean): [number, number][] {
  const out: [number, number][] = []
  for (let i = 0; i < points.length; i++) {
    const p = points[i] as [number, number]
    if (!Number.isFinite(p[0])) continue
    out.push(p)
    const q = points[i + 1]
    if (!withLine || !q || !Number.isFinite(q[0])) continue
    for (const t of [0.2, 0.4, 0.6, 0.8]) {
      out.push([p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t])
    }
  }
  return out
}

/**
 * Renders a figure to an SVG string: grid, traces clipped to the plot area, frame, ticks, labels and
 * legend. All geometry comes from {@link LAYOUT} and d3's scales.
 */
export function renderFigure(spec: FigureSpec): string {
  const { axes, traces } = spec
  const { width, height } = figureSize(axes)
  const scaling = traces.filter((t) => t.scalesAxes !== false)
  const xDomain = axisDomain(
    scaling.map((t) => t.x),
    axes.xscale,
    axes.xlim,
  )
  // Only the y values whose x is drawable and inside the x range count for the y range.
  const [x0, x1] = [Math.min(...xDomain), Math.max(...xDomain)]
  const yValues = scaling.map((t) =>
    t.y.map((yv, i) => {
      const xv = t.x[i] ?? Number.NaN
      return isDrawable(xv, axes.xscale) && (!axes.xlim || (xv >= x0 && xv <= x1)) ? yv : Number.NaN
    }),
  )
  const yDomain = axisDomain(yValues, axes.yscale, axes.ylim)

  // Vertical layout first: the y ticks depend only on the height, the left margin on their labels.
  const { top, bottom } = verticalLayout(height, axes.xlabel !== undefined && axes.xlabel !== '')
  const sy = makeScale(axes.yscale, yDomain, [bottom, top])
  const yTicks = axisTicks(sy, axes.yscale, tickCount(bottom - top, LAYOUT.yTickSpacing))
  const left = leftEdge(
    yTicks.map((t) => t.label),
    axes.ylabel !== undefined && axes.ylabel !== '',
  )
  const right = width - LAYOUT.right
  const sx = makeScale(axes.xscale, xDomain, [left, right])
  const xTicks = axisTicks(sx, axes.xscale, tickCount(right - left, LAYOUT.xTickSpacing))
  const area: PlotArea = { width, height, left, right, top, bottom }

  const parts: string[] = []
  parts.push(textElement('title', {}, axes.title ?? defaultTitle(spec)))

  // Grid at the major ticks, under everything else.
  const grid: string[] = []
  for (const t of xTicks.filter((t) => t.major)) {
    const x = sx(t.value)
    grid.push(element('line', { x1: x, y1: top, x2: x, y2: bottom }))
  }
  for (const t of yTicks.filter((t) => t.major)) {
    const y = sy(t.value)
    grid.push(element('line', { x1: left, y1: y, x2: right, y2: y }))
  }
  parts.push(
    element(
      'g',
      { class: 'grid', stroke: GRID_COLOR, 'stroke-width': 0.8, 'stroke-opacity': 0.5 },
      grid,
    ),
  )

  // The traces, inside a nested <svg> whose viewport clips them to the plot area without needing a
  // <clipPath> id (ids would collide when several figures share a page).
  const path = line<[number, number]>()
    .defined(([x, y]) => Number.isFinite(x) && Number.isFinite(y))
    .digits(2)
  const drawn: string[] = []
  const legendEntries: LegendEntry[] = []
  const occupied: [number, number][] = []
  traces.forEach((trace, index) => {
    const points = project(trace, sx, sy, axes)
    const role = trace.role ?? 'series'
    const lineWidth = trace.lineWidth ?? LAYOUT.lineWidth
    const { style } = trace
    if (style.line !== 'none') {
      drawn.push(
        element('path', {
          class: role,
          'data-series': index,
          d: path(points) ?? '',
          fill: 'none',
          stroke: style.color,
          'stroke-width': lineWidth,
          'stroke-dasharray': style.dash,
          'stroke-linejoin': 'round',
        }),
      )
    }
    if (style.marker) {
      drawn.push(
        markerGroup(style.marker, style.color, points, {
          class: `${role}-markers`,
          'data-series': index,
        }),
      )
    }
    occupied.push(...sampleLine(points, style.line !== 'none'))
    if (trace.label !== undefined) legendEntries.push({ label: trace.label, style, lineWidth })
  })
  parts.push(
    element(
      'svg',
      {
        class: 'plot-area',
        x: left,
        y: top,
        width: right - left,
        height: bottom - top,
        viewBox: `${num(left)} ${num(top)} ${num(right - left)} ${num(bottom - top)}`,
        overflow: 'hidden',
      },
      drawn,
    ),
  )

  parts.push(
    element('rect', {
      class: 'frame',
      x: left,
      y: top,
      width: right - left,
      height: bottom - top,
      fill: 'none',
      stroke: '#000000',
      'stroke-width': 0.8,
    }),
  )

  // Ticks and their labels, outside the frame.
  const tickPad = LAYOUT.tickLength + LAYOUT.tickPad
  const xAxis = xTicks.flatMap((t) => {
    const x = sx(t.value)
    const length = t.major ? LAYOUT.tickLength : LAYOUT.tickLength / 2
    const mark = element('line', {
      x1: x,
      y1: bottom,
      x2: x,
      y2: bottom + length,
      stroke: '#000000',
    })
    if (!t.label) return [mark]
    const text = textElement(
      'text',
      { x, y: bottom + tickPad, dy: '0.71em', 'text-anchor': 'middle' },
      t.label,
    )
    return [mark, text]
  })
  parts.push(element('g', { class: 'x-axis', 'stroke-width': 0.8 }, xAxis))
  const yAxis = yTicks.flatMap((t) => {
    const y = sy(t.value)
    const length = t.major ? LAYOUT.tickLength : LAYOUT.tickLength / 2
    const mark = element('line', { x1: left - length, y1: y, x2: left, y2: y, stroke: '#000000' })
    if (!t.label) return [mark]
    const text = textElement(
      'text',
      { x: left - tickPad, y, dy: '0.32em', 'text-anchor': 'end' },
      t.label,
    )
    return [mark, text]
  })
  parts.push(element('g', { class: 'y-axis', 'stroke-width': 0.8 }, yAxis))

  if (axes.xlabel) {
    parts.push(
      textElement(
        'text',
        {
          class: 'xlabel',
          x: (left + right) / 2,
          y: height - LAYOUT.edge - 2.5,
          'text-anchor': 'middle',
        },
        axes.xlabel,
      ),
    )
  }
  if (axes.ylabel) {
    const x = LAYOUT.edge + LAYOUT.fontSize
    const y = (top + bottom) / 2
    parts.push(
      textElement(
        'text',
        {
          class: 'ylabel',
          x,
          y,
          transform: `rotate(-90 ${num(x)} ${num(y)})`,
          'text-anchor': 'middle',
        },
        axes.ylabel,
      ),
    )
  }

  // A legend that would hide data in every corner goes under the figure, which grows to hold it.
  let fullHeight = height
  if (legendEntries.length > 0) {
    const labels = legendEntries.map((e) => e.label)
    const inside = placeLegend(labels, area, occupied)
    const box = inside.covers === 0 ? inside : legendBelow(labels, area)
    if (box.corner === 'below') fullHeight = box.y + box.height + LAYOUT.edge
    parts.push(renderLegend(legendEntries, box))
  }
  // The background goes under everything, right after the title, once the height is known.
  parts.splice(
    1,
    0,
    element('rect', { class: 'background', width, height: fullHeight, fill: '#FFFFFF' }),
  )

  return element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: 'd2l-plot',
      width: `${num(width)}pt`,
      height: `${num(fullHeight)}pt`,
      viewBox: `0 0 ${num(width)} ${num(fullHeight)}`,
      role: 'img',
      'font-family': FONT_FAMILY,
      'font-size': LAYOUT.fontSize,
    },
    parts,
  )
}
