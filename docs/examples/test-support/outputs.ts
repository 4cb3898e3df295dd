// Test support for the code cells' tests: reads back what a cell printed (labelled numbers) and what
// its figures draw (series paths, markers, axis ticks, legend), from the SVG strings of @d2l-ts/plot.
// It lives in a folder so that it is not taken for a code cell (cells are examples/*.ts).
import type { CellRun } from '../../scripts/example-runner.js'

/** Everything a cell printed as text, figures left out. */
export function textOf(run: CellRun): string {
  return run.outputs.flatMap((o) => (o.kind === 'text' ? [o.text] : [])).join('\n')
}

/** The SVG figures a cell printed, in order. */
export function figuresOf(run: CellRun): string[] {
  return run.outputs.flatMap((o) => (o.kind === 'svg' ? [o.svg] : []))
}

/** The rest of the line that starts with `label:`; throws when there is no such line. */
export function field(text: string, label: string): string {
  const line = text.split('\n').find((l) => l.startsWith(`${label}:`))
  if (line === undefined) throw new Error(`no line starting with "${label}:" in:\n${text}`)
  return line.slice(label.length + 1).trim()
}

/** Every number written in `s`, in order (a `−` minus sign counts as `-`). */
export function numbers(s: string): number[] {
  return [...s.replace(/−/g, '-').matchAll(/-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/gi)].map((m) =>
    Number(m[0]),
  )
}

/** The first number after `label:`. */
export function numberAfter(text: string, label: string): number {
  const [value] = numbers(field(text, label))
  if (value === undefined) throw new Error(`no number after "${label}:"`)
  return value
}

/** The `[a, b, …]` list after `label:`. */
export function listAfter(text: string, label: string): number[] {
  const list = /\[([^\]]*)\]/.exec(field(text, label))
  if (!list) throw new Error(`no [list] after "${label}:"`)
  return numbers(list[1] ?? '')
}

type Point = [number, number]

/** The subpaths of every `<path class="cls">` (d3 writes absolute M/L commands, Z for a lone point). */
export function pathsOf(svg: string, cls: string): Point[][][] {
  const re = new RegExp(`<path class="${cls}"[^>]*? d="([^"]*)"`, 'g')
  return [...svg.matchAll(re)].map((m) => {
    const d = m[1] ?? ''
    if (/[^MLZ\d.,\-\s]/.test(d)) throw new Error(`unexpected path data: ${d.slice(0, 40)}`)
    const subpaths: Point[][] = []
    for (const [, cmd, x, y] of d.matchAll(/([ML])(-?[\d.]+),(-?[\d.]+)/g)) {
      if (cmd === 'M') subpaths.push([])
      subpaths.at(-1)?.push([Number(x), Number(y)])
    }
    return subpaths
  })
}

/** The positions of the markers in `<g class="cls">` (each marker is a translated path). */
export function markersOf(svg: string, cls: string): Point[] {
  const group = new RegExp(`<g class="${cls}"[^>]*>(.*?)</g>`).exec(svg)
  if (!group) return []
  return [...(group[1] ?? '').matchAll(/translate\((-?[\d.]+),(-?[\d.]+)\)/g)].map(
    (m): Point => [Number(m[1]), Number(m[2])],
  )
}

/** The legend's labels, in order. */
export function legendOf(svg: string): string[] {
  return [...svg.matchAll(/<g class="legend-entry">.*?<text[^>]*>([^<]*)<\/text><\/g>/g)].map(
    (m) => m[1] ?? '',
  )
}

/** The text of the element with this class (`xlabel`, `ylabel`). */
export function labelOf(svg: string, cls: string): string | undefined {
  return new RegExp(`<text class="${cls}"[^>]*>([^<]*)</text>`).exec(svg)?.[1]
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹'

/** A tick label's value: `2`, `−1`, `0.01`, `10⁻⁴`. */
function tickValue(label: string): number {
  const power = /^10([⁻]?)([⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/.exec(label)
  if (power) {
    const exponent = Number([...(power[2] ?? '')].map((c) => SUPERSCRIPTS.indexOf(c)).join(''))
    return 10 ** (power[1] ? -exponent : exponent)
  }
  return Number(label.replace(/−/g, '-'))
}

/**
 * The data-to-SVG map of an axis, read from its labelled ticks: `toPixel(value)` and `toData(px)`.
 * Throws unless the ticks lie on one straight line (in log10 of the value on a log axis).
 */
export function axisOf(svg: string, axis: 'x' | 'y', scale: 'linear' | 'log' = 'linear') {
  const group = new RegExp(`<g class="${axis}-axis"[^>]*>(.*?)</g>`).exec(svg)?.[1] ?? ''
  const coordinate = axis === 'x' ? 'x' : 'y'
  const ticks = [...group.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map((m) => {
    const pos = Number(new RegExp(`\\b${coordinate}="(-?[\\d.]+)"`).exec(m[1] ?? '')?.[1])
    const value = tickValue(m[2] ?? '')
    return { pos, u: scale === 'log' ? Math.log10(value) : value }
  })
  if (ticks.length < 2) throw new Error(`fewer than two labelled ${axis} ticks`)
  const first = ticks[0] as { pos: number; u: number }
  const last = ticks.at(-1) as { pos: number; u: number }
  const slope = (last.pos - first.pos) / (last.u - first.u)
  for (const t of ticks) {
    const off = Math.abs(first.pos + slope * (t.u - first.u) - t.pos)
    if (!(off < 0.05)) throw new Error(`${axis} ticks are not on a ${scale} scale`)
  }
  const forward = (u: number) => first.pos + slope * (u - first.u)
  const back = (px: number) => first.u + (px - first.pos) / slope
  return {
    ticks: ticks.length,
    toPixel: (v: number) => forward(scale === 'log' ? Math.log10(v) : v),
    toData: (px: number) => (scale === 'log' ? 10 ** back(px) : back(px)),
  }
}
