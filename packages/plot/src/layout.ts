/**
 * The figure's fixed measures, in SVG units (points, 72 per inch); the README's "Layout" section
 * says how they place the plot area. The tests compute positions from these numbers by hand, so a
 * change here must change them too.
 *
 * @example
 * ```ts
 * import { LAYOUT } from '@d2l-ts/plot'
 * 3.5 * LAYOUT.unitsPerInch // 252
 * ```
 */
export const LAYOUT = Object.freeze({
  /** Points per inch of `figsize`. */
  unitsPerInch: 72,
  /** Font size of tick labels and axis labels. */
  fontSize: 10,
  /** Estimated width of one character of a tick label, as a fraction of the font size. */
  charWidth: 0.6,
  /** Estimated width of a wide (CJK, full-width) character: a whole em, as CJK fonts draw them. */
  wideCharWidth: 1,
  /** Blank space along the outer edge of the figure, left and bottom. */
  edge: 4,
  /** Length of a major tick mark, outside the plot area (minor ticks are half as long). */
  tickLength: 3.5,
  /** Gap between a tick mark and its label. */
  tickPad: 3.5,
  /** Room taken by an axis label (xlabel, ylabel) when there is one. */
  labelBand: 14,
  /** Space above the plot area. */
  top: 8,
  /** Space right of the plot area (half of the last x tick label may stand in it). */
  right: 12,
  /** Target spacing between x ticks, and between y ticks, used to ask d3 for a tick count. */
  xTickSpacing: 50,
  yTickSpacing: 30,
  /** Fraction of the data range added on each side when the limits are not given (matplotlib's 5%). */
  dataMargin: 0.05,
  /**
   * Legend font size, line height, swatch length, inner padding, inset from the plot area's edge. The
   * font is the tick labels' size, as matplotlib's default; a 4.5-inch figure shrunk to a phone's
   * column (358 px) still prints it at 11 px.
   */
  legendFontSize: 10,
  legendLineHeight: 13,
  legendSwatch: 20,
  legendPad: 4,
  legendInset: 4,
  /** Stroke width of data lines. */
  lineWidth: 1.5,
} as const)

/** Where the plot area lies inside the figure. */
export interface PlotArea {
  /** Figure width and height. */
  width: number
  height: number
  /** The plot area's edges. */
  left: number
  right: number
  top: number
  bottom: number
}

// East Asian wide and full-width characters (Unicode's East_Asian_Width W and F): CJK ideographs,
// kana, Hangul, CJK punctuation and full-width forms. Latin letters are about 0.6 em; these are 1 em,
// so a Chinese legend label measured as Latin would overflow its box.
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u

/** The estimated width of a text at the given font size; wide (CJK) characters count a whole em. */
export function textWidth(text: string, fontSize: number = LAYOUT.fontSize): number {
  let ems = 0
  for (const ch of text) ems += WIDE.test(ch) ? LAYOUT.wideCharWidth : LAYOUT.charWidth
  return ems * fontSize
}

/** Vertical layout: it does not depend on the tick labels, so it comes first. */
export function verticalLayout(
  figureHeight: number,
  hasXLabel: boolean,
): { top: number; bottom: number } {
  const below =
    LAYOUT.edge +
    LAYOUT.tickLength +
    LAYOUT.tickPad +
    LAYOUT.fontSize +
    (hasXLabel ? LAYOUT.labelBand : 0)
  return { top: LAYOUT.top, bottom: figureHeight - below }
}

/** The left edge of the plot area: room for the widest y tick label and the y label. */
export function leftEdge(yTickLabels: readonly string[], hasYLabel: boolean): number {
  const widest = Math.max(0, ...yTickLabels.map((label) => textWidth(label)))
  return (
    LAYOUT.edge + LAYOUT.tickLength + LAYOUT.tickPad + widest + (hasYLabel ? LAYOUT.labelBand : 0)
  )
}
