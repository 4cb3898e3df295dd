/**
 * What a {@link PlotError} says about the value that caused it; its fields are on every error.
 *
 * @example
 * ```ts
 * import { type PlotErrorDetails, PlotRangeError } from '@d2l-ts/plot'
 * const details: PlotErrorDetails = {
 *   source: 'plot',
 *   argument: 'X',
 *   expected: 'at least one value',
 *   received: 'an empty array',
 * }
 * new PlotRangeError(details).argument // 'X'
 * ```
 */
export interface PlotErrorDetails {
  /** The function that refused the value (`'plot'`, `'Animator.add'`). */
  source: string
  /** The argument's name, as the caller wrote it (`'Y[1]'`, `'options.xlim'`). */
  argument: string
  /** What was expected, in words (`'200 values (as many as X)'`). */
  expected: string
  /** What came instead, in words (`'199'`). */
  received: string
}

// A registered symbol, so that two copies of this package (say, one bundled and one from node_modules)
// still recognise each other's errors.
const brand = Symbol.for('@d2l-ts/plot.PlotError')

function messageOf({ source, argument, expected, received }: PlotErrorDetails): string {
  return `${source}: ${argument}: expected ${expected}, received ${received}`
}

// biome-ignore lint/suspicious/noExplicitAny: the shape TypeScript requires of a mixin's base (TS2545)
type ErrorClass = new (...args: any[]) => Error

/** Adds the detail fields and the message format to an error class; one definition for all three. */
function withDetails<Base extends ErrorClass>(Base: Base) {
  class Detailed extends Base {
    readonly source: string
    readonly argument: string
    readonly expected: string
    readonly received: string

    // biome-ignore lint/suspicious/noExplicitAny: a mixin's constructor must take any[] (TS2545)
    constructor(...args: any[]) {
      const details = args[0] as PlotErrorDetails
      super(messageOf(details))
      this.source = details.source
      this.argument = details.argument
      this.expected = details.expected
      this.received = details.received
      Object.defineProperty(this, brand, { value: true })
    }
  }
  // TypeScript types a mixin's constructor as its base's; this states the real one.
  return Detailed as unknown as new (
    details: PlotErrorDetails,
  ) => InstanceType<Base> & Readonly<PlotErrorDetails>
}

/**
 * What every error that `@d2l-ts/plot` throws on purpose is. The errors themselves are
 * {@link PlotTypeError} (a `TypeError`: the value has the wrong kind) and {@link PlotRangeError}
 * (a `RangeError`: right kind, wrong value); `instanceof PlotError` is true for both, so one check
 * separates the caller's mistakes from bugs. Each names the function, the argument, what was expected
 * and what came, in the message and as fields.
 *
 * @example
 * ```ts
 * import { PlotError, plot } from '@d2l-ts/plot'
 * const error = (() => {
 *   try {
 *     plot([1, 2, 3], [[1, 2, 3], [1, 2]])
 *   } catch (e) {
 *     return e as Error
 *   }
 * })()
 * error instanceof PlotError // true
 * error instanceof RangeError // true
 * error?.message // 'plot: Y[1]: expected 3 values (as many as X), received 2'
 * ```
 */
export class PlotError extends withDetails(Error) {
  override name = 'PlotError'

  constructor(details: PlotErrorDetails) {
    super(details)
  }

  // A class can extend only one of Error, TypeError and RangeError; this makes `instanceof PlotError`
  // true for the TypeError and RangeError subclasses below as well.
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && brand in value
  }
}

/**
 * A value of the wrong kind: a string where numbers were expected, a 3-D tensor, an options object
 * that is not one.
 *
 * @example
 * ```ts
 * import { PlotTypeError } from '@d2l-ts/plot'
 * const e = new PlotTypeError({
 *   source: 'plot',
 *   argument: 'X[2]',
 *   expected: 'a number',
 *   received: "string '3'",
 * })
 * e.message // "plot: X[2]: expected a number, received string '3'"
 * e instanceof TypeError // true
 * ```
 */
export class PlotTypeError extends withDetails(TypeError) {
  override name = 'PlotTypeError'

  constructor(details: PlotErrorDetails) {
    super(details)
  }
}

/**
 * A value of the right kind but not allowed: series of different lengths, an empty series, an unknown
 * format string, a non-positive limit on a log axis.
 *
 * @example
 * ```ts
 * import { PlotRangeError } from '@d2l-ts/plot'
 * const e = new PlotRangeError({
 *   source: 'plot',
 *   argument: 'Y[1]',
 *   expected: '200 values (as many as X)',
 *   received: '199',
 * })
 * e.message // 'plot: Y[1]: expected 200 values (as many as X), received 199'
 * e instanceof RangeError // true
 * ```
 */
export class PlotRangeError extends withDetails(RangeError) {
  override name = 'PlotRangeError'

  constructor(details: PlotErrorDetails) {
    super(details)
  }
}

/**
 * Describes a value in a few words for an error message: `string 'abc'`, `null`, `an object`,
 * `an empty array`, `3`.
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (value === undefined) return 'undefined'
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value
    return `string '${shown}'`
  }
  if (typeof value === 'number') return String(value)
  if (typeof value === 'bigint') return `bigint ${value}`
  if (typeof value === 'boolean') return `boolean ${value}`
  if (typeof value === 'function') return 'a function'
  if (Array.isArray(value)) {
    return value.length === 0 ? 'an empty array' : `an array of ${value.length}`
  }
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name}`
  return 'an object'
}
