import { ValueError } from '@d2l-ts/errors'
import { describe, expect, it } from 'vitest'
import { DEFAULT_FMTS, parseFormat, parseFormats, styleFor } from './format.js'

const where = { source: 'plot', argument: 'options.fmts[0]' }

describe('parseFormat', () => {
  it("reads the book's four default formats", () => {
    expect(DEFAULT_FMTS.map((f) => parseFormat(f, where))).toEqual([
      { line: 'solid' },
      { color: 'm', line: 'dashed' },
      { color: 'g', line: 'dashdot' },
      { color: 'r', line: 'dotted' },
    ])
  })

  it('takes colour, line and marker in any order; a marker alone draws no line', () => {
    expect(parseFormat('o-r', where)).toEqual({ color: 'r', line: 'solid', marker: 'o' })
    expect(parseFormat('--bs', where)).toEqual({ color: 'b', line: 'dashed', marker: 's' })
    expect(parseFormat('k.', where)).toEqual({ color: 'k', line: 'none', marker: '.' })
    expect(parseFormat('D', where)).toEqual({ line: 'none', marker: 'd' })
    expect(parseFormat('', where)).toEqual({ line: 'solid' })
  })

  it("reads '-.' as dash-dot, not a line followed by the '.' marker", () => {
    expect(parseFormat('-.', where)).toEqual({ line: 'dashdot' })
    expect(parseFormat('-.', where).marker).toBeUndefined()
  })

  it('rejects unknown letters and doubled parts, naming the argument and the format', () => {
    expect(() => parseFormat('q-', where)).toThrow(ValueError)
    expect(() => parseFormat('q-', where)).toThrow(
      /^plot: options\.fmts\[0\]: expected .* received 'q-'$/,
    )
    expect(() => parseFormat('rb', where)).toThrow(ValueError)
    expect(() => parseFormat('--:', where)).toThrow(ValueError)
    expect(() => parseFormat('oo', where)).toThrow(ValueError)
    expect(() => parseFormat(3, where)).toThrow(ValueError)
  })
})

describe('parseFormats', () => {
  it('defaults to the book formats and accepts a single string', () => {
    expect(parseFormats(undefined, 'plot')).toHaveLength(4)
    expect(parseFormats('r:', 'plot')).toEqual([{ color: 'r', line: 'dotted' }])
  })

  it('names a bad entry by its index', () => {
    expect(() => parseFormats(['-', 'x-z'], 'plot')).toThrow(/^plot: options\.fmts\[1\]:/)
    expect(() => parseFormats([], 'plot')).toThrow(
      'plot: options.fmts: expected at least one format',
    )
    expect(() => parseFormats(5, 'plot')).toThrow(ValueError)
  })
})

describe('styleFor', () => {
  const defaults = parseFormats(undefined, 'plot')

  it("gives the book's first four series its colours and dashes", () => {
    expect([0, 1, 2, 3].map((i) => styleFor(i, defaults))).toEqual([
      { color: '#0072B2', line: 'solid' },
      { color: '#CC79A7', line: 'dashed', dash: '6 3' },
      { color: '#009E73', line: 'dashdot', dash: '9 3 2 3' },
      { color: '#D55E00', line: 'dotted', dash: '1.5 2.5' },
    ])
  })

  it('cycles past four series with new colours, so 28 series all look different', () => {
    const looks = Array.from({ length: 28 }, (_, i) => {
      const s = styleFor(i, defaults)
      return `${s.color}|${s.dash ?? ''}`
    })
    expect(new Set(looks).size).toBe(28)
    expect(styleFor(4, defaults).line).toBe('solid')
    expect(styleFor(4, defaults).color).not.toBe(styleFor(0, defaults).color)
  })

  it('gives formats without a colour the colour cycle, by series index', () => {
    const plain = parseFormats(['-', '-'], 'plot')
    expect(styleFor(0, plain).color).toBe('#0072B2')
    expect(styleFor(1, plain).color).toBe('#E69F00')
  })
})
