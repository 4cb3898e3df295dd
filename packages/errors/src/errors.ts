/** What an error says about the value that caused it. */
export interface ErrorDetails {
  /** The argument's name, as the caller wrote it (`'X'`, `'options.lr'`, `'options.validation[0]'`). */
  argument: string
  /** What was expected, in words (`'[n, 2]'`, `'a positive number'`). */
  expected: string
  /** What came instead, in words. */
  received: string
  /** The function or method that refused the value (`'plot'`, `'Animator.add'`), when it helps to say. */
  source?: string
}

/**
 * Base class of every error that d2l-ts raises on purpose; `instanceof D2lError` separates them from
 * bugs and from errors thrown by libraries underneath.
 *
 * @example
 * ```ts
 * import { D2lError, ValueError } from '@d2l-ts/errors'
 * new ValueError({ argument: 'lr', expected: 'a number > 0', received: '0' }) instanceof D2lError // true
 * ```
 */
export class D2lError extends Error {
  override name = 'D2lError'
}

/**
 * An error about one argument: its message names the argument, what was expected and what came, and
 * the three are also fields, for programs that react to them.
 *
 * @example
 * ```ts
 * import { ArgumentError, ShapeError } from '@d2l-ts/errors'
 * const e = new ShapeError({ argument: 'y', expected: '[3, 1]', received: '[2, 1]' })
 * e instanceof ArgumentError // true
 * e.argument // 'y'
 * ```
 */
export abstract class ArgumentError extends D2lError {
  readonly argument: string
  readonly expected: string
  readonly received: string
  readonly source: string | undefined

  /**
   * @param details the argument, what was expected and what came, for the message and the fields.
   * @param hint a sentence added to the message, such as how to put it right.
   */
  constructor({ argument, expected, received, source }: ErrorDetails, hint?: string) {
    super(
      `${source ? `${source}: ` : ''}${argument}: expected ${expected}, received ${received}` +
        (hint ? `. ${hint}` : ''),
    )
    this.argument = argument
    this.expected = expected
    this.received = received
    this.source = source
  }
}

/**
 * A tensor or array has the wrong shape or rank, or two arguments disagree on a dimension.
 *
 * @example
 * ```ts
 * import { ShapeError } from '@d2l-ts/errors'
 * const e = new ShapeError({ argument: 'y', expected: '[1000, 1]', received: '[999, 1]' })
 * e.message // 'y: expected [1000, 1], received [999, 1]'
 * ```
 */
export class ShapeError extends ArgumentError {
  override name = 'ShapeError'
}

/**
 * A value of the wrong kind or out of its allowed range: NaN or Infinity in data, a string where a
 * number belongs, a non-positive learning rate, a batch size larger than the data, empty data.
 *
 * @example
 * ```ts
 * import { ValueError } from '@d2l-ts/errors'
 * const e = new ValueError({ argument: 'options.lr', expected: 'a finite number > 0', received: '0' })
 * e.message // 'options.lr: expected a finite number > 0, received 0'
 * ```
 */
export class ValueError extends ArgumentError {
  override name = 'ValueError'
}

/** Where a training run diverged, and what showed it. */
export interface DivergenceDetails {
  /** The epoch in which training diverged, counting from 1. */
  epoch: number
  /** The optimisation step within that epoch, counting from 1. */
  step: number
  /** The minibatch loss of that step (non-finite when the loss showed the divergence). */
  loss: number
  /**
   * What became non-finite: the minibatch loss (the default), or the parameters that the step's
   * update would have produced while the loss was still finite.
   */
  nonFinite?: 'loss' | 'parameters'
}

/**
 * Training diverged: the loss, or the parameters an update would have produced, became NaN or
 * Infinity. The usual cause is a learning rate that is too large. The model keeps the last finite
 * parameters it reached.
 *
 * @example
 * ```ts
 * import { DivergenceError } from '@d2l-ts/errors'
 * const e = new DivergenceError({ epoch: 1, step: 7, loss: Number.POSITIVE_INFINITY })
 * e.message.startsWith('training diverged at epoch 1, step 7') // true
 * ```
 */
export class DivergenceError extends D2lError {
  override name = 'DivergenceError'
  readonly epoch: number
  readonly step: number
  readonly loss: number
  readonly nonFinite: 'loss' | 'parameters'

  /** @param details where training diverged, and what showed it. */
  constructor({ epoch, step, loss, nonFinite = 'loss' }: DivergenceDetails) {
    const what =
      nonFinite === 'loss'
        ? `the loss became ${loss}`
        : `the update would have made a parameter non-finite (the loss was ${loss})`
    super(
      `training diverged at epoch ${epoch}, step ${step}: ${what}. ` +
        'Lower the learning rate (try dividing it by 10), or standardize the features.',
    )
    this.epoch = epoch
    this.step = step
    this.loss = loss
    this.nonFinite = nonFinite
  }
}

/**
 * A backend (tfjs's cpu, wasm, webgl, webgpu) was asked for that cannot run here: wrong environment, a missing optional package, or a device that failed to initialise. The
 * message says which, and what is available instead.
 *
 * @example
 * ```ts
 * import { BackendError } from '@d2l-ts/errors'
 * const e = new BackendError('webgl', 'no WebGL in Node.js', ['cpu', 'wasm'])
 * e.message // 'the webgl backend is not available: no WebGL in Node.js. Available here: cpu, wasm.'
 * ```
 */
export class BackendError extends D2lError {
  override name = 'BackendError'
  readonly backend: string
  readonly available: string[]

  constructor(backend: string, reason: string, available: readonly string[]) {
    super(
      `the ${backend} backend is not available: ${reason}. ` +
        `Available here: ${available.length > 0 ? available.join(', ') : 'none'}.`,
    )
    this.backend = backend
    this.available = [...available]
  }
}

/**
 * A data engine (DuckDB, PostgreSQL, ClickHouse) could not do what was asked: its client package is
 * not installed, its server cannot be reached or refused the credentials, or a query failed there.
 * The message names the engine and, for a server, its address; for a failed query it keeps the
 * engine's own message.
 *
 * @example
 * ```ts
 * import { EngineError } from '@d2l-ts/errors'
 * const e = new EngineError('postgres', 'postgres at 127.0.0.1:1: cannot connect (ECONNREFUSED)')
 * e.engine // 'postgres'
 * ```
 */
export class EngineError extends D2lError {
  override name = 'EngineError'
  /** The engine that failed (`'duckdb'`, `'postgres'`, `'clickhouse'`). */
  readonly engine: string

  constructor(engine: string, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.engine = engine
  }
}
