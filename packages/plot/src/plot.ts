import { describeValue, ValueError } from '@d2l-ts/errors'
import { renderFigure, type Trace } from './figure.js'
import { type ParsedFormat, parseFormats, styleFor } from './format.js'
import { type AxesOptions, checkLegendLength, resolveAxes } from './options.js'
import { isSeriesData, type SeriesData, toSeriesList } from './series.js'

/**
 * Options of {@link plot}: the axes options plus the formats of the series.
 *
 * @example
 * ```ts
 * import { type PlotOptions, plot } from '@d2l-ts/plot'
 * const options: PlotOptions = { fmts: ['b-', 'r--'], legend: ['train', 'test'] }
 * plot([0, 1, 2], [[3, 2, 1], [3, 2.5, 2]], options).includes('>test</text>') // true
 * ```
 */
export interface PlotOptions extends AxesOptions {
  /**
   * matplotlib-style formats, used in turn: colour `b g r c m y k w`, line `- -- -. :`, marker
   * `. o s ^ v d D + x *`. Default `['-', 'm--', 'g-.', 'r:']`, as the book. Past the end of the list
   * the formats repeat with new colours from {@link COLOR_CYCLE}, so any number of series works.
   */
  fmts?: string | readonly string[]
}

/** The parsed arguments of `plot`: paired series and checked options. */
export interface PlotArguments {
  xs: number[][]
  ys: number[][]
  options: PlotOptions | undefined
}

/**
 * Reads `plot`'s arguments with the book's semantics: one argument plots each series against its
 * index 0..n−1; one X series is shared by every Y series; otherwise X and Y are paired one to one.
 */
export function readPlotArguments(args: readonly unknown[], source: string): PlotArguments {
  const [first, second, third] = args
  // plot(Y, options): a second argument that is not data is the options.
  const secondIsOptions =
    args.length === 2 && typeof second === 'object' && second !== null && !isSeriesData(second)
  const Y = secondIsOptions ? undefined : second
  const options = (secondIsOptions ? second : third) as PlotOptions | undefined
  if (first === undefined || first === null) {
    throw new ValueError({
      source,
      argument: 'X',
      expected: 'numbers, an array of series, a typed array or a tensor',
      received: describeValue(first),
    })
  }
  const X = toSeriesList(first, { source, argument: 'X' })
  if (Y === undefined || Y === null) {
    return {
      xs: X.values.map((y) => y.map((_, i) => i)),
      ys: X.values,
      options,
    }
  }
  const Ys = toSeriesList(Y, { source, argument: 'Y' })
  if (X.values.length !== 1 && X.values.length !== Ys.values.length) {
    throw new ValueError({
      source,
      argument: 'X',
      expected: `one series or ${Ys.values.length} (as many as Y)`,
      received: `${X.values.length} series`,
    })
  }
  const xs = Ys.values.map((y, i) => {
    const shared = X.values.length === 1
    const x = (shared ? X.values[0] : X.values[i]) as number[]
    if (x.length !== y.length) {
      const xName = shared ? 'X' : (X.names[i] as string)
      throw new ValueError({
        source,
        argument: Ys.names[i] as string,
        expected: `${x.length} values (as many as ${xName})`,
        received: `${y.length}`,
      })
    }
    return x
  })
  return { xs, ys: Ys.values, options }
}

/** Builds the traces of a line plot from paired series and options. */
export function plotTraces(
  xs: readonly number[][],
  ys: readonly number[][],
  formats: readonly ParsedFormat[],
  legend: readonly string[],
): Trace[] {
  return ys.map((y, i) => {
    const trace: Trace = { x: xs[i] as number[], y, style: styleFor(i, formats) }
    const label = legend[i]
    if (label !== undefined) trace.label = label
    return trace
  })
}

/**
 * The book's `d2l.plot`: draws one or more series as lines and returns the figure as an SVG string,
 * the same in Node (no DOM needed) and in browsers.
 *
 * - `plot(Y)` draws each series of Y against its index 0, 1, …, n−1.
 * - `plot(x, Y)` draws every series of Y against the one series x; `plot(X, Y)` pairs them in order.
 * - X and Y may be `number[]`, typed arrays, tensors (`dataSync()`/`arraySync()`), arrays of these,
 *   or 2-D tensors (one series per row).
 *
 * Non-finite values (NaN, ±Infinity), and values ≤ 0 on a log axis, are drawn as gaps in the line;
 * they are not errors. The caller's data is copied, never changed.
 *
 * @throws {ValueError} when X, Y or an option has the wrong kind.
 * @throws {ValueError} for series of unequal lengths, an empty series, an unknown format or
 * more legend labels than series; the message names the argument, e.g.
 * `plot: Y[1]: expected 200 values (as many as X), received 199`.
 *
 * @example
 * ```ts
 * import { plot } from '@d2l-ts/plot'
 * const x = Array.from({ length: 1400 }, (_, i) => -7 + i * 0.01)
 * const normal = (mu: number, sigma: number) =>
 *   x.map((v) => Math.exp(-0.5 * ((v - mu) / sigma) ** 2) / Math.sqrt(2 * Math.PI * sigma ** 2))
 * const svg = plot(x, [normal(0, 1), normal(0, 2), normal(3, 1)], {
 *   xlabel: 'x',
 *   ylabel: 'p(x)',
 *   figsize: [4.5, 2.5],
 *   legend: ['mean 0, std 1', 'mean 0, std 2', 'mean 3, std 1'],
 * })
 * svg.startsWith('<svg') // true
 * ```
 */
export function plot(Y: SeriesData, options?: PlotOptions): string
export function plot(X: SeriesData, Y?: SeriesData | null, options?: PlotOptions): string
export function plot(...args: unknown[]): string {
  const { xs, ys, options } = readPlotArguments(args, 'plot')
  return renderPlot(xs, ys, options, 'plot')
}

/** Renders already-read plot arguments; shared by `plot` and `plotInto`. */
export function renderPlot(
  xs: readonly number[][],
  ys: readonly number[][],
  options: PlotOptions | undefined,
  source: string,
): string {
  const axes = resolveAxes(options, source)
  checkLegendLength(axes.legend, ys.length, source)
  const traces = plotTraces(xs, ys, parseFormats(options?.fmts, source), axes.legend)
  return renderFigure({ traces, axes, kind: 'Line plot' })
}
