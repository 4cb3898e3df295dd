import { describeValue, ValueError } from '@d2l-ts/errors'

/**
 * The kind of an axis: `'linear'` (the default) or `'log'` (base 10).
 *
 * @example
 * ```ts
 * import { type AxisScale, plot } from '@d2l-ts/plot'
 * const yscale: AxisScale = 'log'
 * plot([1, 10, 100], { yscale }).includes('>100</text>') // true
 * ```
 */
export type AxisScale = 'linear' | 'log'

/**
 * The book's `set_axes` options, shared by {@link plot}, {@link scatter} and {@link Animator}.
 *
 * @example
 * ```ts
 * import { type AxesOptions, plot } from '@d2l-ts/plot'
 * const options: AxesOptions = { xlabel: 'epoch', ylabel: 'loss', yscale: 'log', figsize: [3.5, 2.5] }
 * plot([1, 0.1, 0.01], options).includes('>epoch</text>') // true
 * ```
 */
export interface AxesOptions {
  /** The label under the x axis. */
  xlabel?: string
  /** The label left of the y axis, written upwards. */
  ylabel?: string
  /** One label per series, in order; fewer labels leave the last series out of the legend. */
  legend?: readonly string[]
  /** The x range shown, `[left, right]`; data outside it is clipped. Default: the data, plus 5% each side. */
  xlim?: readonly [number, number]
  /**
   * The y range shown, `[bottom, top]`; data outside it is clipped. Default: the data (only the points
   * inside `xlim`, when it is given), plus 5% each side.
   */
  ylim?: readonly [number, number]
  /** `'linear'` (default) or `'log'`; on a log axis, values ≤ 0 are drawn as gaps. */
  xscale?: AxisScale
  /** `'linear'` (default) or `'log'`; on a log axis, values ≤ 0 are drawn as gaps. */
  yscale?: AxisScale
  /** Width and height in inches, 72 SVG units (points) per inch. Default `[3.5, 2.5]`, as the book. */
  figsize?: readonly [number, number]
  /** The SVG's accessible `<title>`. Default: a sentence made from the labels and the legend. */
  title?: string
}

/** {@link AxesOptions} checked and with their defaults filled in. */
export interface ResolvedAxes {
  xlabel?: string
  ylabel?: string
  legend: readonly string[]
  xlim?: readonly [number, number]
  ylim?: readonly [number, number]
  xscale: AxisScale
  yscale: AxisScale
  figsize: readonly [number, number]
  title?: string
}

/** The book's default figure size, in inches. */
export const DEFAULT_FIGSIZE: readonly [number, number] = Object.freeze([3.5, 2.5] as const)

function optionalString(value: unknown, source: string, argument: string): string | undefined {
  if (value === undefined) return undefined
  if (typeof value === 'string') return value
  throw new ValueError({
    source,
    argument,
    expected: 'a string',
    received: describeValue(value),
  })
}

function scaleOption(value: unknown, source: string, argument: string): AxisScale {
  if (value === undefined) return 'linear'
  if (value === 'linear' || value === 'log') return value
  throw new ValueError({
    source,
    argument,
    expected: "'linear' or 'log'",
    received: describeValue(value),
  })
}

function pairOption(
  value: unknown,
  source: string,
  argument: string,
  what: string,
): readonly [number, number] | undefined {
  if (value === undefined) return undefined
  const isPair =
    (Array.isArray(value) || ArrayBuffer.isView(value)) &&
    (value as ArrayLike<unknown>).length === 2
  const [a, b] = isPair ? Array.from(value as ArrayLike<unknown>) : []
  if (typeof a !== 'number' || typeof b !== 'number') {
    throw new ValueError({ source, argument, expected: what, received: describeValue(value) })
  }
  return [a, b]
}

function limitOption(
  value: unknown,
  scale: AxisScale,
  source: string,
  argument: string,
): readonly [number, number] | undefined {
  const pair = pairOption(value, source, argument, 'two numbers [from, to]')
  if (!pair) return undefined
  const [a, b] = pair
  const received = `[${a}, ${b}]`
  if (!Number.isFinite(a) || !Number.isFinite(b) || a === b) {
    throw new ValueError({
      source,
      argument,
      expected: 'two different finite numbers',
      received,
    })
  }
  if (scale === 'log' && (a <= 0 || b <= 0)) {
    throw new ValueError({
      source,
      argument,
      expected: 'positive limits on a log axis',
      received,
    })
  }
  return pair
}

/** Checks the shared axes options and fills in their defaults; `source` names the caller in errors. */
export function resolveAxes(options: unknown, source: string): ResolvedAxes {
  if (options === undefined || options === null) options = {}
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new ValueError({
      source,
      argument: 'options',
      expected: 'an options object',
      received: describeValue(options),
    })
  }
  const o = options as Record<string, unknown>
  const xscale = scaleOption(o.xscale, source, 'options.xscale')
  const yscale = scaleOption(o.yscale, source, 'options.yscale')
  const figsize = pairOption(
    o.figsize,
    source,
    'options.figsize',
    'two numbers [width, height] in inches',
  )
  if (figsize && !figsize.every((v) => Number.isFinite(v) && v > 0)) {
    throw new ValueError({
      source,
      argument: 'options.figsize',
      expected: 'a positive finite width and height in inches',
      received: `[${figsize.join(', ')}]`,
    })
  }
  let legend: readonly string[] = []
  if (o.legend !== undefined) {
    if (!Array.isArray(o.legend)) {
      throw new ValueError({
        source,
        argument: 'options.legend',
        expected: 'an array of strings',
        received: describeValue(o.legend),
      })
    }
    legend = o.legend.map((label: unknown, i) => {
      const text = optionalString(label, source, `options.legend[${i}]`)
      if (text === undefined) {
        throw new ValueError({
          source,
          argument: `options.legend[${i}]`,
          expected: 'a string',
          received: 'undefined',
        })
      }
      return text
    })
  }
  const resolved: ResolvedAxes = { legend, xscale, yscale, figsize: figsize ?? DEFAULT_FIGSIZE }
  const xlabel = optionalString(o.xlabel, source, 'options.xlabel')
  const ylabel = optionalString(o.ylabel, source, 'options.ylabel')
  const title = optionalString(o.title, source, 'options.title')
  const xlim = limitOption(o.xlim, xscale, source, 'options.xlim')
  const ylim = limitOption(o.ylim, yscale, source, 'options.ylim')
  if (xlabel !== undefined) resolved.xlabel = xlabel
  if (ylabel !== undefined) resolved.ylabel = ylabel
  if (title !== undefined) resolved.title = title
  if (xlim) resolved.xlim = xlim
  if (ylim) resolved.ylim = ylim
  return resolved
}

/** Throws when the legend has more labels than there are series to label. */
export function checkLegendLength(
  legend: readonly string[],
  seriesCount: number,
  source: string,
): void {
  if (legend.length > seriesCount) {
    throw new ValueError({
      source,
      argument: 'options.legend',
      expected: `at most ${seriesCount} label${seriesCount === 1 ? '' : 's'} (one per series)`,
      received: `${legend.length}`,
    })
  }
}
