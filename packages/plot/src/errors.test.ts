import { describe, expect, it } from 'vitest'
import { describeValue, PlotError, PlotRangeError, PlotTypeError } from './errors.js'

const details = { source: 'plot', argument: 'Y[1]', expected: '200 values', received: '199' }

describe('PlotError and its TypeError/RangeError kinds', () => {
  it('writes the message from the source, argument, expectation and what came', () => {
    const e = new PlotRangeError(details)
    expect(e.message).toBe('plot: Y[1]: expected 200 values, received 199')
    expect([e.source, e.argument, e.expected, e.received]).toEqual([
      'plot',
      'Y[1]',
      '200 values',
      '199',
    ])
    expect(e.name).toBe('PlotRangeError')
  })

  it('makes PlotTypeError a TypeError and PlotRangeError a RangeError, both PlotErrors', () => {
    const t = new PlotTypeError(details)
    const r = new PlotRangeError(details)
    expect(t).toBeInstanceOf(TypeError)
    expect(r).toBeInstanceOf(RangeError)
    expect(t).toBeInstanceOf(PlotError)
    expect(r).toBeInstanceOf(PlotError)
    expect(t).not.toBeInstanceOf(RangeError)
    expect(r).not.toBeInstanceOf(TypeError)
    expect(new PlotError(details)).toBeInstanceOf(PlotError)
  })

  it('does not claim errors that are not its own', () => {
    expect(new TypeError('x')).not.toBeInstanceOf(PlotError)
    expect(new RangeError('x')).not.toBeInstanceOf(PlotError)
    expect(null).not.toBeInstanceOf(PlotError)
    expect({ message: 'plot: x' }).not.toBeInstanceOf(PlotError)
  })
})

describe('describeValue', () => {
  it('says in a few words what a value is', () => {
    expect(describeValue('abc')).toBe("string 'abc'")
    expect(describeValue('a'.repeat(50))).toBe(`string '${'a'.repeat(37)}...'`)
    expect(describeValue(null)).toBe('null')
    expect(describeValue(undefined)).toBe('undefined')
    expect(describeValue(3)).toBe('3')
    expect(describeValue(Number.NaN)).toBe('NaN')
    expect(describeValue(true)).toBe('boolean true')
    expect(describeValue(10n)).toBe('bigint 10')
    expect(describeValue([])).toBe('an empty array')
    expect(describeValue([1, 2])).toBe('an array of 2')
    expect(describeValue(new Float32Array(2))).toBe('a Float32Array')
    expect(describeValue(() => 1)).toBe('a function')
    expect(describeValue({})).toBe('an object')
  })
})
