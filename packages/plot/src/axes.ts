import { extent } from 'd3-array'
import { type ScaleLinear, type ScaleLogarithmic, scaleLinear, scaleLog } from 'd3-scale'
import { LAYOUT } from './layout.js'
import type { AxisScale } from './options.js'

/** A d3 scale from data to SVG units. */
export type Scale = ScaleLinear<number, number> | ScaleLogarithmic<number, number>

/** One tick of an axis. */
export interface Tick {
  /** The data value. */
  value: number
  /** Its label; empty for minor ticks. */
  label: string
  /** Major ticks are labelled and get a grid line. */
  major: boolean
}

/** True when `value` can be drawn on an axis of this kind: finite, and positive on a log axis. */
export function isDrawable(value: number, kind: AxisScale): boolean {
  return Number.isFinite(value) && (kind === 'linear' || value > 0)
}

/**
 * The domain of an axis: the given limits, or else the drawable data widened by
 * {@link LAYOUT.dataMargin} on each side (in log space on a log axis), as matplotlib does.
 * A single value v is widened to v ± 10% ([0, 1] for 0); with no drawable data at all it is [0, 1]
 * (linear) or [1, 10] (log).
 */
export function axisDomain(
  values: readonly (readonly number[])[],
  kind: AxisScale,
  limits?: readonly [number, number],
): [number, number] {
  if (limits) return [limits[0], limits[1]]
  const toAxis = kind === 'log' ? Math.log10 : (v: number) => v
  const fromAxis = kind === 'log' ? (v: number) => 10 ** v : (v: number) => v
  let lo = Number.POSITIVE_INFINITY
  let hi = Number.NEGATIVE_INFINITY
  for (const series of values) {
    const [min, max] = extent(series, (v) => (isDrawable(v, kind) ? toAxis(v) : undefined))
    if (min !== undefined && max !== undefined) {
      lo = Math.min(lo, min)
      hi = Math.max(hi, max)
    }
  }
  if (lo > hi) return kind === 'log' ? [1, 10] : [0, 1]
  if (lo === hi) {
    // A single value: widen to a visible range around it, ±10% of the value. A lone 0 is, in this
    // package's plots, the first epoch, step or a zero loss, so it opens [0, 1] rather than showing
    // negative epochs.
    if (lo === 0) return [0, 1]
    const half = Math.abs(lo) * 0.1
    lo -= half
    hi += half
  } else {
    const pad = (hi - lo) * LAYOUT.dataMargin
    lo -= pad
    hi += pad
  }
  return [fromAxis(lo), fromAxis(hi)]
}

/** A d3 scale of the given kind from `domain` onto `range`. */
export function makeScale(
  kind: AxisScale,
  domain: readonly [number, number],
  range: readonly [number, number],
): Scale {
  return kind === 'log'
    ? scaleLog().domain(domain).range(range)
    : scaleLinear().domain(domain).range(range)
}

const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
}

/** The powers of ten written out in full; beyond them an axis writes every power as `10ᵏ`. */
const WRITTEN_OUT = { lowest: -3, highest: 3 }

/**
 * Labels a power of ten: `0.001` … `1000` written out, `10⁴`, `10⁻⁵` beyond; with `superscript`,
 * always `10ᵏ` (`10⁰`, `10⁻²`).
 */
export function powerOfTenLabel(exponent: number, superscript = false): string {
  if (!superscript && exponent >= 0 && exponent <= WRITTEN_OUT.highest) {
    return `1${'0'.repeat(exponent)}`
  }
  if (!superscript && exponent < 0 && exponent >= WRITTEN_OUT.lowest) {
    return `0.${'0'.repeat(-exponent - 1)}1`
  }
  const sup = [...String(exponent)].map((c) => SUPERSCRIPT[c] ?? c).join('')
  return `10${sup}`
}

function exponentOf(value: number): number | undefined {
  const e = Math.round(Math.log10(value))
  return Math.abs(Math.log10(value) - e) < 1e-9 ? e : undefined
}

/**
 * The ticks of an axis, from d3: linear axes label every tick with d3's `tickFormat`; log axes label
 * the powers of ten (1, 10, 100, …, or 10⁰, 10², 10⁴, … when one of them is beyond 0.001 … 1000) and keep the ticks between them as unlabelled minor ticks, unless
 * fewer than two powers of ten are in view, when d3 chooses which ticks to label. Those labels are
 * plain decimals (`0.4`), not d3's default SI prefixes (`400m`), which read as metres or milli-units
 * under a loss.
 */
export function axisTicks(scale: Scale, kind: AxisScale, count: number): Tick[] {
  const values = scale.ticks(count)
  if (kind === 'linear') {
    const format = scale.tickFormat(count)
    return values.map((value) => ({ value, label: format(value), major: true }))
  }
  const exponents = values.map(exponentOf)
  const powers = exponents.filter((e) => e !== undefined)
  if (powers.length >= 2) {
    // One style per axis: 1, 0.01, 10⁻⁴ side by side read as three kinds of number.
    const superscript = powers.some((e) => e < WRITTEN_OUT.lowest || e > WRITTEN_OUT.highest)
    return values.map((value, i) => {
      const e = exponents[i]
      return e === undefined
        ? { value, label: '', major: false }
        : { value, label: powerOfTenLabel(e, superscript), major: true }
    })
  }
  const format = scale.tickFormat(count, '~g')
  return values.map((value) => {
    const label = format(value)
    return { value, label, major: label !== '' }
  })
}

/** How many ticks to ask d3 for along an axis of this length. */
export function tickCount(length: number, spacing: number): number {
  return Math.max(2, Math.floor(length / spacing))
}
