import { describeValue, ValueError } from '@d2l-ts/errors'
import type { SvgTarget } from './animator.js'
import type { PlotOptions } from './plot.js'
import { readPlotArguments, renderPlot } from './plot.js'
import type { SeriesData } from './series.js'

function resolveTarget(target: unknown, source: string): SvgTarget {
  if (typeof target === 'string') {
    const doc = (globalThis as { document?: { querySelector(s: string): SvgTarget | null } })
      .document
    if (!doc) {
      throw new ValueError({
        source,
        argument: 'target',
        expected: 'an element (a CSS selector needs a document, and there is none here)',
        received: describeValue(target),
      })
    }
    const found = doc.querySelector(target)
    if (!found) {
      throw new ValueError({
        source,
        argument: 'target',
        expected: 'a CSS selector that matches an element',
        received: describeValue(target),
      })
    }
    return found
  }
  if (typeof target === 'object' && target !== null && 'innerHTML' in target) {
    return target as SvgTarget
  }
  throw new ValueError({
    source,
    argument: 'target',
    expected: 'an element or a CSS selector',
    received: describeValue(target),
  })
}

/**
 * Puts an SVG string (from {@link plot}, {@link scatter} or {@link networkDiagram}) into a page,
 * replacing the element's content. `target` is an element or a CSS selector.
 *
 * @throws {ValueError} when `target` is neither; {@link ValueError} when a selector matches
 * nothing.
 *
 * @example
 * ```ts
 * import { networkDiagram, renderInto } from '@d2l-ts/plot'
 * const box = { innerHTML: '' } // in a page: document.querySelector('#figure')
 * renderInto(box, networkDiagram({ inputs: 3, outputs: 1 }))
 * box.innerHTML.startsWith('<svg') // true
 * ```
 */
export function renderInto(target: SvgTarget | string, svg: string): void {
  resolveTarget(target, 'renderInto').innerHTML = svg
}

/**
 * {@link plot}, drawn into a page: renders the figure into `target` (an element or a CSS selector),
 * replacing its content, and returns the SVG string. Same arguments and errors as `plot`.
 *
 * @example
 * ```ts
 * import { plotInto } from '@d2l-ts/plot'
 * const box = { innerHTML: '' } // in a page: document.querySelector('#figure')
 * plotInto(box, [1, 4, 9], { ylabel: 'squares' })
 * box.innerHTML.includes('>squares</text>') // true
 * ```
 */
export function plotInto(target: SvgTarget | string, Y: SeriesData, options?: PlotOptions): string
export function plotInto(
  target: SvgTarget | string,
  X: SeriesData,
  Y?: SeriesData | null,
  options?: PlotOptions,
): string
export function plotInto(target: unknown, ...args: unknown[]): string {
  const element = resolveTarget(target, 'plotInto')
  const { xs, ys, options } = readPlotArguments(args, 'plotInto')
  const svg = renderPlot(xs, ys, options, 'plotInto')
  element.innerHTML = svg
  return svg
}
