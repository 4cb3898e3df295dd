// Between a pointer on the page and a point of the data, for figures drawn by @d2l-ts/plot with fixed
// limits: plot draws its data inside a nested <svg class="plot-area"> whose rectangle (in the
// figure's own units) spans xlim × ylim, y upwards. The browser's getScreenCTM maps the figure's units
// to the page, however the figure is scaled.

/** The plot area in the figure's units, and the data limits it spans. */
export interface PlotFrame {
  area: { x: number; y: number; width: number; height: number }
  xlim: readonly [number, number]
  ylim: readonly [number, number]
}

/** A point of the data at the figure coordinates (u, v). */
export function dataAt(frame: PlotFrame, u: number, v: number): [number, number] {
  const { area, xlim, ylim } = frame
  return [
    xlim[0] + ((u - area.x) / area.width) * (xlim[1] - xlim[0]),
    ylim[0] + ((area.y + area.height - v) / area.height) * (ylim[1] - ylim[0]),
  ]
}

/** The figure coordinates (u, v) of the data point (x, y). */
export function figureAt(frame: PlotFrame, x: number, y: number): [number, number] {
  const { area, xlim, ylim } = frame
  return [
    area.x + ((x - xlim[0]) / (xlim[1] - xlim[0])) * area.width,
    area.y + area.height - ((y - ylim[0]) / (ylim[1] - ylim[0])) * area.height,
  ]
}

/** The plot area of a rendered plot figure, or null when `svg` is not one. */
export function plotArea(svg: SVGSVGElement): PlotFrame['area'] | null {
  const inner = svg.querySelector('svg.plot-area')
  if (!inner) return null
  const read = (name: string) => Number(inner.getAttribute(name))
  return { x: read('x'), y: read('y'), width: read('width'), height: read('height') }
}

/** The figure coordinates under a pointer at (clientX, clientY), or null if the figure is not shown. */
export function pointerInFigure(
  svg: SVGSVGElement,
  clientX: number,
  clientY: number,
): [number, number] | null {
  const toPage = svg.getScreenCTM()
  if (!toPage) return null
  const point = new DOMPoint(clientX, clientY).matrixTransform(toPage.inverse())
  return [point.x, point.y]
}
