import { describeValue, ValueError } from '@d2l-ts/errors'
import { renderFigure } from './figure.js'
import { type ParsedFormat, parseFormats } from './format.js'
import { type ResolvedAxes, resolveAxes } from './options.js'
import { type PlotOptions, plotTraces } from './plot.js'

/**
 * Where an {@link Animator} draws: any element, or anything else with an `innerHTML` to replace.
 *
 * @example
 * ```ts
 * import type { SvgTarget } from '@d2l-ts/plot'
 * const fake: SvgTarget = { innerHTML: '' }
 * ```
 */
export interface SvgTarget {
  innerHTML: string
}

/**
 * Options of {@link Animator}: those of {@link plot}, plus where and how often to draw.
 *
 * @example
 * ```ts
 * import { Animator, type AnimatorOptions } from '@d2l-ts/plot'
 * const options: AnimatorOptions = { xlabel: 'epoch', xlim: [1, 10], legend: ['train loss'] }
 * new Animator(options).toSVG().includes('>epoch</text>') // true
 * ```
 */
export interface AnimatorOptions extends PlotOptions {
  /** The element to redraw in place; without it (as in Node) points are only collected. */
  target?: SvgTarget | null
  /** Called with the SVG after every redraw; setting it alone also turns scheduled redraws on. */
  onRender?: (svg: string) => void
  /**
   * Schedules a redraw. Default `requestAnimationFrame` where there is one, else a 16 ms timer.
   * Tests pass their own.
   */
  requestFrame?: (callback: () => void) => unknown
}

/**
 * A coordinate as {@link Animator.add} takes it: `null` or `undefined` skip that series for this call.
 *
 * @example
 * ```ts
 * import { Animator, type MaybeNumber } from '@d2l-ts/plot'
 * const testAccuracy: MaybeNumber = null // not measured at this step
 * const animator = new Animator()
 * animator.add(1, [0.5, testAccuracy])
 * animator.series[1]?.y.length // 0
 * ```
 */
export type MaybeNumber = number | null | undefined

function defaultRequestFrame(): (callback: () => void) => unknown {
  const raf = (globalThis as { requestAnimationFrame?: (cb: () => void) => number })
    .requestAnimationFrame
  return raf ? (callback) => raf(callback) : (callback) => setTimeout(callback, 16)
}

function asList(value: unknown, argument: string): MaybeNumber[] {
  const check = (v: unknown, name: string): MaybeNumber => {
    if (v === null || v === undefined || typeof v === 'number') return v
    throw new ValueError({
      source: 'Animator.add',
      argument: name,
      expected: 'a number, null or undefined',
      received: describeValue(v),
    })
  }
  if (Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView))) {
    return Array.from(value as ArrayLike<unknown>, (v, i) => check(v, `${argument}[${i}]`))
  }
  return [check(value, argument)]
}

/**
 * The book's `d2l.Animator`: a plot that grows while a model trains. `add(x, ys)` appends one point to
 * each series. In a browser, given a `target` element, it redraws that element in place, at most once
 * per animation frame however fast points arrive (points added between frames are drawn together).
 * In Node it only collects the points; `toSVG()` renders the figure.
 *
 * Non-finite values are kept and drawn as gaps, as in {@link plot}; `null`/`undefined` skip a series
 * for that call, so series may be sampled at different steps (a loss per batch, an accuracy per epoch).
 *
 * @example
 * ```ts
 * import { Animator } from '@d2l-ts/plot'
 * const animator = new Animator({ xlabel: 'epoch', legend: ['train loss', 'test loss'], yscale: 'log' })
 * for (let epoch = 1; epoch <= 10; epoch++) animator.add(epoch, [1 / epoch, 1.2 / epoch])
 * animator.series[0]?.y.length // 10
 * animator.toSVG().includes('>train loss</text>') // true
 * // In a browser: new Animator({ target: document.querySelector('#curve'), xlabel: 'epoch' })
 * ```
 */
export class Animator {
  readonly #axes: ResolvedAxes
  readonly #formats: ParsedFormat[]
  readonly #target: SvgTarget | null
  readonly #onRender: ((svg: string) => void) | undefined
  readonly #requestFrame: (callback: () => void) => unknown
  readonly #x: number[][] = []
  readonly #y: number[][] = []
  #pending = false
  #redraws = 0

  constructor(options: AnimatorOptions = {}) {
    const source = 'Animator'
    this.#axes = resolveAxes(options, source)
    // Parsed now, so that a bad format fails at construction rather than at the first frame.
    this.#formats = parseFormats(options.fmts, source)
    this.#target = options.target ?? null
    if (options.onRender !== undefined && typeof options.onRender !== 'function') {
      throw new ValueError({
        source,
        argument: 'options.onRender',
        expected: 'a function',
        received: describeValue(options.onRender),
      })
    }
    this.#onRender = options.onRender
    this.#requestFrame = options.requestFrame ?? defaultRequestFrame()
  }

  /** How many times the figure has been redrawn into the target (or passed to `onRender`). */
  get redraws(): number {
    return this.#redraws
  }

  /** The points collected so far, one `{ x, y }` per series (copies). */
  get series(): { x: number[]; y: number[] }[] {
    return this.#x.map((x, i) => ({ x: [...x], y: [...(this.#y[i] ?? [])] }))
  }

  /**
   * Appends a point to each series: `add(x, y)` for one series, `add(x, [y1, y2, …])` for several at
   * the same x, `add([x1, x2, …], [y1, y2, …])` for one x each. The number of series is fixed by the
   * first call. A `null` or `undefined` y (or x) skips that series this time.
   *
   * @throws {ValueError} when the number of values differs from the first call, or x and y differ
   * in length.
   */
  add(x: MaybeNumber | ArrayLike<MaybeNumber>, y: MaybeNumber | ArrayLike<MaybeNumber>): void {
    const ys = asList(y, 'y')
    let xs = asList(x, 'x')
    const source = 'Animator.add'
    if (xs.length === 1 && ys.length > 1) xs = ys.map(() => xs[0])
    if (xs.length !== ys.length) {
      throw new ValueError({
        source,
        argument: 'x',
        expected: `one value or ${ys.length} (as many as y)`,
        received: `${xs.length}`,
      })
    }
    if (this.#y.length === 0) {
      if (this.#axes.legend.length > ys.length) {
        throw new ValueError({
          source,
          argument: 'y',
          expected: `at least ${this.#axes.legend.length} values (one per legend label)`,
          received: `${ys.length}`,
        })
      }
      for (let i = 0; i < ys.length; i++) {
        this.#x.push([])
        this.#y.push([])
      }
    } else if (ys.length !== this.#y.length) {
      throw new ValueError({
        source,
        argument: 'y',
        expected: `${this.#y.length} values (as many as the first add)`,
        received: `${ys.length}`,
      })
    }
    ys.forEach((yi, i) => {
      const xi = xs[i]
      if (yi === null || yi === undefined || xi === null || xi === undefined) return
      this.#x[i]?.push(xi)
      this.#y[i]?.push(yi)
    })
    this.#schedule()
  }

  /** Renders the figure of the points so far to an SVG string. */
  toSVG(): string {
    const traces = plotTraces(this.#x, this.#y, this.#formats, this.#axes.legend)
    return renderFigure({ traces, axes: this.#axes, kind: 'Training curve' })
  }

  /** Redraws now if a redraw is pending, rather than waiting for the next frame. */
  flush(): void {
    if (this.#pending) this.#draw()
  }

  #schedule(): void {
    if (this.#pending || (this.#target === null && this.#onRender === undefined)) return
    this.#pending = true
    this.#requestFrame(() => {
      if (this.#pending) this.#draw()
    })
  }

  #draw(): void {
    this.#pending = false
    const svg = this.toSVG()
    if (this.#target) this.#target.innerHTML = svg
    this.#redraws++
    this.#onRender?.(svg)
  }
}
