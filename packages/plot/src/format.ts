import { describeValue, ValueError } from '@d2l-ts/errors'
import { COLOR_CYCLE, COLOR_LETTERS, type ColorLetter } from './palette.js'

/**
 * The book's default formats: a solid line, magenta dashed, green dash-dot, red dotted.
 *
 * @example
 * ```ts
 * import { DEFAULT_FMTS } from '@d2l-ts/plot'
 * DEFAULT_FMTS // ['-', 'm--', 'g-.', 'r:']
 * ```
 */
export const DEFAULT_FMTS: readonly string[] = Object.freeze(['-', 'm--', 'g-.', 'r:'])

/** A line style of a format string. */
export type LineStyle = 'solid' | 'dashed' | 'dashdot' | 'dotted' | 'none'

/** A marker of a format string; `d` and `D` are both diamonds. */
export type MarkerKind = '.' | 'o' | 's' | '^' | 'v' | 'd' | '+' | 'x' | '*'

/** A format string taken apart. */
export interface ParsedFormat {
  /** The colour letter, when the format names one. */
  color?: ColorLetter
  line: LineStyle
  marker?: MarkerKind
}

/** How one series is drawn. */
export interface SeriesStyle {
  /** A CSS colour. */
  color: string
  line: LineStyle
  /** The SVG `stroke-dasharray`, or undefined for solid lines. */
  dash?: string
  marker?: MarkerKind
}

const LINE_TOKENS: ReadonlyArray<readonly [string, LineStyle]> = [
  // Two-character tokens first, so that '-.' is not read as '-' followed by the marker '.'.
  ['--', 'dashed'],
  ['-.', 'dashdot'],
  ['-', 'solid'],
  [':', 'dotted'],
]

const MARKERS: Readonly<Record<string, MarkerKind>> = {
  '.': '.',
  o: 'o',
  s: 's',
  '^': '^',
  v: 'v',
  d: 'd',
  D: 'd',
  '+': '+',
  x: 'x',
  '*': '*',
}

/** Dash patterns in points, for 1.5-point lines; the three broken styles stay distinct in greyscale. */
const DASHES: Readonly<Record<LineStyle, string | undefined>> = {
  solid: undefined,
  dashed: '6 3',
  dashdot: '9 3 2 3',
  dotted: '1.5 2.5',
  none: undefined,
}

const EXPECTED =
  "a format such as 'r--': at most one colour (b g r c m y k w), one line style (- -- -. :) " +
  'and one marker (. o s ^ v d D + x *)'

/**
 * Takes a matplotlib-style format string apart: `'r--'` is a red dashed line, `'go'` green circles
 * with no line, `'-'` a solid line in the next colour of the cycle. A format with a marker and no line
 * style draws markers only; an empty format is a solid line.
 *
 * @throws {ValueError} naming `argument` for anything else.
 */
export function parseFormat(
  fmt: unknown,
  where: { source: string; argument: string },
): ParsedFormat {
  if (typeof fmt !== 'string') {
    throw new ValueError({ ...where, expected: EXPECTED, received: describeValue(fmt) })
  }
  const fail = () => new ValueError({ ...where, expected: EXPECTED, received: `'${fmt}'` })
  let color: ColorLetter | undefined
  let line: LineStyle | undefined
  let marker: MarkerKind | undefined
  let i = 0
  while (i < fmt.length) {
    const lineToken = LINE_TOKENS.find(([token]) => fmt.startsWith(token, i))
    if (lineToken) {
      if (line) throw fail()
      line = lineToken[1]
      i += lineToken[0].length
      continue
    }
    const ch = fmt.charAt(i)
    if (Object.hasOwn(COLOR_LETTERS, ch)) {
      if (color) throw fail()
      color = ch as ColorLetter
    } else if (Object.hasOwn(MARKERS, ch)) {
      if (marker) throw fail()
      marker = MARKERS[ch]
    } else {
      throw fail()
    }
    i += 1
  }
  const parsed: ParsedFormat = { line: line ?? (marker ? 'none' : 'solid') }
  if (color) parsed.color = color
  if (marker) parsed.marker = marker
  return parsed
}

/**
 * The style of series `index` (from 0) under `fmts`. The formats are used in turn; past the end of
 * `fmts` they start over with their line style and marker kept but a new colour, so that the fifth
 * curve differs from the first. A format with no colour takes {@link COLOR_CYCLE}'s colour by series
 * index (as matplotlib); a format with a colour takes it the first time round and, on each later
 * round, the next of the cycle's other colours. With the four default formats the first 28 series
 * all differ in colour or dash.
 */
export function styleFor(index: number, fmts: readonly ParsedFormat[]): SeriesStyle {
  const slot = index % fmts.length
  const round = Math.floor(index / fmts.length)
  const fmt = fmts[slot] ?? { line: 'solid' }
  let color: string
  if (!fmt.color) {
    color = COLOR_CYCLE[index % COLOR_CYCLE.length] as string
  } else if (round === 0) {
    color = COLOR_LETTERS[fmt.color]
  } else {
    const own = COLOR_LETTERS[fmt.color]
    const others = COLOR_CYCLE.filter((c) => c !== own)
    color = others[(slot + round - 1) % others.length] as string
  }
  const style: SeriesStyle = { color, line: fmt.line }
  const dash = DASHES[fmt.line]
  if (dash) style.dash = dash
  if (fmt.marker) style.marker = fmt.marker
  return style
}

/** Parses the `fmts` option (default {@link DEFAULT_FMTS}), naming each bad entry by its index. */
export function parseFormats(fmts: unknown, source: string): ParsedFormat[] {
  if (fmts === undefined)
    return DEFAULT_FMTS.map((f) => parseFormat(f, { source, argument: 'fmts' }))
  const list = typeof fmts === 'string' ? [fmts] : fmts
  if (!Array.isArray(list)) {
    throw new ValueError({
      source,
      argument: 'options.fmts',
      expected: 'a format string or an array of them',
      received: describeValue(fmts),
    })
  }
  if (list.length === 0) {
    throw new ValueError({
      source,
      argument: 'options.fmts',
      expected: 'at least one format',
      received: 'an empty array',
    })
  }
  return list.map((f: unknown, i) =>
    parseFormat(f, {
      source,
      argument: typeof fmts === 'string' ? 'options.fmts' : `options.fmts[${i}]`,
    }),
  )
}
