import { describeValue, ValueError } from '@d2l-ts/errors'
import { renderFigure, type Trace } from './figure.js'
import { parseFormat, styleFor } from './format.js'
import { type AxesOptions, checkLegendLength, resolveAxes } from './options.js'
import { type Series, toSeriesList } from './series.js'

/**
 * A fitted line: the linear model ŷ = w·x + b of section 3.1.1, or any function of x.
 *
 * @example
 * ```ts
 * import type { Fit } from '@d2l-ts/plot'
 * const line: Fit = { w: 2, b: 1 }
 * const curve: Fit = (x) => x * x
 * ```
 */
export type Fit = { w: number; b: number } | ((x: number) => number)

/**
 * Options of {@link scatter}. The legend labels, in order: the points, the fitted line, the residuals.
 *
 * @example
 * ```ts
 * import { type ScatterOptions, scatter } from '@d2l-ts/plot'
 * const options: ScatterOptions = { fit: { w: 1, b: 0 }, residuals: true, legend: ['data', 'fit'] }
 * scatter([1, 2, 3], [1.2, 1.9, 3.1], options).includes('class="residuals"') // true
 * ```
 */
export interface ScatterOptions extends AxesOptions {
  /** The format of the points. Default `'o'` (blue circles). */
  fmt?: string
  /** A fitted line or curve to draw over the points. */
  fit?: Fit
  /** The format of the fitted line. Default `'r-'`. */
  fitFmt?: string
  /** Draw each point's residual: the vertical segment from the point to the fit. Needs `fit`. */
  residuals?: boolean
}

// How finely a fitted function is sampled across the x range; a straight line needs only its ends.
const FIT_SAMPLES = 200

function fitFunction(fit: unknown, source: string): (x: number) => number {
  if (typeof fit === 'function') return fit as (x: number) => number
  if (typeof fit === 'object' && fit !== null) {
    const { w, b } = fit as { w?: unknown; b?: unknown }
    if (typeof w === 'number' && typeof b === 'number') return (x) => w * x + b
  }
  throw new ValueError({
    source,
    argument: 'options.fit',
    expected: 'an object { w, b } or a function of x',
    received: describeValue(fit),
  })
}

/**
 * Draws points (x[i], y[i]), optionally with a fitted line and each point's residual: the figure of
 * the squared loss in section 3.1.1, where the loss is the sum of the squared residual lengths.
 * Returns an SVG string, in Node and in browsers. Points with a non-finite coordinate are left out.
 *
 * @throws {ValueError} when x, y or an option has the wrong kind.
 * @throws {ValueError} when x and y differ in length, are empty, or `residuals` comes without `fit`.
 *
 * @example
 * ```ts
 * import { scatter } from '@d2l-ts/plot'
 * const x = [1, 2, 3, 4]
 * const y = [2.8, 5.3, 6.9, 9.2]
 * const svg = scatter(x, y, { fit: { w: 2, b: 1 }, residuals: true, xlabel: 'x', ylabel: 'y' })
 * svg.includes('class="fit"') // true
 * ```
 */
export function scatter(x: Series, y: Series, options?: ScatterOptions): string {
  const source = 'scatter'
  const xs = toSeriesList(x, { source, argument: 'x' })
  const ys = toSeriesList(y, { source, argument: 'y' })
  const [xv] = xs.values
  const [yv] = ys.values
  if (!xv || !yv || xs.values.length !== 1 || ys.values.length !== 1) {
    const bad = xs.values.length !== 1 ? 'x' : 'y'
    throw new ValueError({
      source,
      argument: bad,
      expected: 'one series of numbers',
      received: `${(bad === 'x' ? xs : ys).values.length} series`,
    })
  }
  if (xv.length !== yv.length) {
    throw new ValueError({
      source,
      argument: 'y',
      expected: `${xv.length} values (as many as x)`,
      received: `${yv.length}`,
    })
  }
  const axes = resolveAxes(options, source)
  const o = options ?? {}
  const pointStyle = styleFor(0, [parseFormat(o.fmt ?? 'o', { source, argument: 'options.fmt' })])
  const traces: Trace[] = [{ x: xv, y: yv, style: pointStyle, role: 'points' }]

  if (o.residuals && o.fit === undefined) {
    throw new ValueError({
      source,
      argument: 'options.residuals',
      expected: 'options.fit as well (residuals are measured to the fit)',
      received: 'no fit',
    })
  }
  if (o.fit !== undefined) {
    const f = fitFunction(o.fit, source)
    const fitStyle = styleFor(0, [
      parseFormat(o.fitFmt ?? 'r-', { source, argument: 'options.fitFmt' }),
    ])
    const finite = xv.filter(Number.isFinite)
    const lo = axes.xlim ? Math.min(...axes.xlim) : Math.min(...finite)
    const hi = axes.xlim ? Math.max(...axes.xlim) : Math.max(...finite)
    const n = typeof o.fit === 'function' ? FIT_SAMPLES : 1
    const fx =
      finite.length === 0 ? [] : Array.from({ length: n + 1 }, (_, i) => lo + ((hi - lo) * i) / n)
    traces.push({ x: fx, y: fx.map(f), style: fitStyle, role: 'fit' })
    if (o.residuals) {
      // One path of two-point segments, separated by NaN gaps: (x, y) to (x, f(x)) for every point.
      const rx: number[] = []
      const ry: number[] = []
      xv.forEach((xi, i) => {
        rx.push(xi, xi, Number.NaN)
        ry.push(yv[i] as number, f(xi), Number.NaN)
      })
      traces.push({
        x: rx,
        y: ry,
        style: { color: '#555555', line: 'dashed', dash: '2 2' },
        role: 'residuals',
        lineWidth: 1,
      })
    }
  }
  checkLegendLength(axes.legend, traces.length, source)
  axes.legend.forEach((label, i) => {
    const trace = traces[i]
    if (trace) trace.label = label
  })
  return renderFigure({ traces, axes, kind: 'Scatter plot' })
}
