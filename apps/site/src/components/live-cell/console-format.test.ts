import { format } from 'node:util'
import { describe, expect, it } from 'vitest'
import { formatLogArguments } from './console-format'

class Point {
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
}

class Named {
  toString() {
    return 'a named thing'
  }
}

// Node's own util.format is the second implementation: on every value of this list, whose printed
// form fits on one line, the browser's text must be Node's to the character.
const SAME_AS_NODE: unknown[][] = [
  ['loss 0.5'],
  ['epoch', 1, 'loss', 0.000051],
  [1, -0, Number.NaN, Number.NEGATIVE_INFINITY, 10n, true, null, undefined],
  [[1, 2, 3]],
  [[]],
  [{}],
  [[['a', 'b'], ["it's"], ['say "hi"']]],
  [{ w: [2, -3.4], b: 4.2, name: 'linear' }],
  [{ 'a-b': 1, c: 'x' }],
  [{ a: { b: { c: { d: 1 } } } }],
  [new Float32Array([1, 2.5, -0.25])],
  [new Int32Array([])],
  [new Map([['a', 1]])],
  [new Set([1, 2])],
  [new Point(1, 2)],
  [Object.create(null)],
  [function train() {}, () => 1, class Model {}],
  ['%s|%d|%i|%f|%j|%O|%c|%%', 'x', 42, '3.9', '2.5', { a: 1 }, { b: [1] }, 'color: red'],
  ['%s and %s', 'one'],
  ['%s', { a: { b: 1 } }],
  ['%s', [1, [2, [3]]]],
  ['%s', new Named()],
  ['%s %d', -0, 10n],
  ['%d', {}],
  ['100%', 'done'],
  ['w: %s', [2, -3.4], 'extra', 7],
]

describe('formatLogArguments', () => {
  it.each(SAME_AS_NODE.map((args) => [format(...args), args]))(
    'prints %j as Node does',
    (expected, args) => {
      expect(formatLogArguments(args as unknown[])).toBe(expected)
    },
  )

  it('prints errors as name and message (Node adds a stack trace, which means nothing here)', () => {
    const error = new RangeError('out of range')
    expect(formatLogArguments(['failed:', error])).toBe('failed: RangeError: out of range')
  })

  it('cuts arrays after 100 items, as Node does, and keeps them on one line', () => {
    const text = formatLogArguments([Array.from({ length: 102 }, () => 0)])
    expect(text).toBe(`[ ${Array.from({ length: 100 }, () => '0').join(', ')}, ... 2 more items ]`)
  })

  it('marks a circular reference instead of recursing forever', () => {
    const loop: { self?: unknown } = {}
    loop.self = loop
    expect(formatLogArguments([loop])).toBe('{ self: [Circular *1] }')
  })
})
