import type { SeriesStyle } from './format.js'
import { LAYOUT, type PlotArea, textWidth } from './layout.js'
import { markerGroup } from './markers.js'
import { element, textElement } from './svg.js'

/** One legend entry: a label and how its series is drawn. */
export interface LegendEntry {
  label: string
  style: SeriesStyle
  /** Stroke width of the series' line. */
  lineWidth: number
}

/** A legend box: its top-left corner and its size. */
export interface LegendBox {
  x: number
  y: number
  width: number
  height: number
  /** Which corner of the plot area it sits in, or `'below'` the figure. */
  corner: 'upper right' | 'upper left' | 'lower left' | 'lower right' | 'below'
  /** How many of the data points it covers. */
  covers: number
}

/** The size of the legend for these labels. */
export function legendSize(labels: readonly string[]): { width: number; height: number } {
  const widest = Math.max(0, ...labels.map((l) => textWidth(l, LAYOUT.legendFontSize)))
  return {
    width: LAYOUT.legendPad * 3 + LAYOUT.legendSwatch + widest,
    height: LAYOUT.legendPad * 2 + labels.length * LAYOUT.legendLineHeight,
  }
}

/**
 * Places the legend in the corner of the plot area that covers the fewest data points (matplotlib's
 * `loc='best'`, restricted to the four corners); ties go to the first of upper right, upper left,
 * lower left, lower right. `points` are data points in SVG units; lines between them should be
 * sampled into points by the caller. When every corner covers some, {@link legendBelow} is the
 * place that hides nothing.
 */
export function placeLegend(
  labels: readonly string[],
  area: PlotArea,
  points: ReadonlyArray<readonly [number, number]>,
): LegendBox {
  const { width, height } = legendSize(labels)
  const inset = LAYOUT.legendInset
  const leftX = area.left + inset
  const rightX = area.right - inset - width
  const topY = area.top + inset
  const bottomY = area.bottom - inset - height
  const corners = [
    { x: rightX, y: topY, corner: 'upper right' },
    { x: leftX, y: topY, corner: 'upper left' },
    { x: leftX, y: bottomY, corner: 'lower left' },
    { x: rightX, y: bottomY, corner: 'lower right' },
  ] as const
  let best: LegendBox | undefined
  for (const { x, y, corner } of corners) {
    let covers = 0
    for (const [px, py] of points) {
      if (px >= x && px <= x + width && py >= y && py <= y + height) covers++
    }
    if (!best || covers < best.covers) best = { x, y, width, height, corner, covers }
  }
  return best as LegendBox
}

/**
 * The legend under the figure (whose height was `area.height`), left-aligned with the plot area:
 * the figure grows by the box's height and a gap, and the box covers no data.
 */
export function legendBelow(labels: readonly string[], area: PlotArea): LegendBox {
  const { width, height } = legendSize(labels)
  return { x: area.left, y: area.height, width, height, corner: 'below', covers: 0 }
}

/** Writes the legend: a white, slightly transparent box with one swatch and label per entry. */
export function renderLegend(entries: readonly LegendEntry[], box: LegendBox): string {
  const pad = LAYOUT.legendPad
  const rows = entries.map((entry, i) => {
    const cy = box.y + pad + (i + 0.5) * LAYOUT.legendLineHeight
    const x0 = box.x + pad
    const x1 = x0 + LAYOUT.legendSwatch
    const parts: string[] = []
    if (entry.style.line !== 'none') {
      parts.push(
        element('line', {
          x1: x0,
          y1: cy,
          x2: x1,
          y2: cy,
          stroke: entry.style.color,
          'stroke-width': entry.lineWidth,
          'stroke-dasharray': entry.style.dash,
        }),
      )
    }
    if (entry.style.marker) {
      parts.push(markerGroup(entry.style.marker, entry.style.color, [[(x0 + x1) / 2, cy]]))
    }
    parts.push(
      textElement(
        'text',
        { x: x1 + pad, y: cy, dy: '0.32em', 'font-size': LAYOUT.legendFontSize },
        entry.label,
      ),
    )
    return element('g', { class: 'legend-entry' }, parts)
  })
  const frame = element('rect', {
    x: box.x,
    y: box.y,
    width: box.width,
    height: box.height,
    rx: 2,
    fill: '#FFFFFF',
    'fill-opacity': 0.8,
    stroke: '#CCCCCC',
    'stroke-width': 0.8,
  })
  return element('g', { class: 'legend', 'data-corner': box.corner }, [frame, ...rows])
}
