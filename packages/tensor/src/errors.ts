/** What an error says about the value that caused it. */
export interface ErrorDetails {
  /** The argument's name, as the caller wrote it (`'X'`, `'options.lr'`). */
  argument: string
  /** What was expected, in words (`'[n, 2]'`, `'a positive number'`). */
  expected: string
  /** What came instead, in words. */
  received: string
}

/**
 * Base class of every error that d2l-ts raises on purpose; `instanceof D2lError` separates them from
 * bugs and from errors thrown by tfjs itself.
 */
export class D2lError extends Error {
  override name = 'D2lError'
}

/**
 * An error about one argument: its message names the argument, what was expected and what came, and
 * the three are also fields, for programs that react to them.
 */
export abstract class ArgumentError extends D2lError {
  readonly argument: string
  readonly expected: string
  readonly received: string

  constructor({ argument, expected, received }: ErrorDetails, hint?: string) {
    super(`${argument}: expected ${expected}, received ${received}${hint ? `. ${hint}` : ''}`)
    this.argument = argument
    this.expected = expected
    this.received = received
  }
}

/**
 * A tensor or array has the wrong shape or rank, or two arguments disagree on a dimension.
 *
 * @example
 * ```ts
 * import { ShapeError } from '@d2l-ts/tensor'
 * const e = new ShapeError({ argument: 'y', expected: '[1000, 1]', received: '[999, 1]' })
 * e.message // 'y: expected [1000, 1], received [999, 1]'
 * ```
 */
export class ShapeError extends ArgumentError {
  override name = 'ShapeError'
}

/**
 * A value is out of its allowed range: NaN or Infinity in data, a non-positive learning rate, a batch
 * size larger than the data, empty data.
 *
 * @example
 * ```ts
 * import { ValueError } from '@d2l-ts/tensor'
 * const e = new ValueError({ argument: 'lr', expected: 'a finite number > 0', received: '0' })
 * e.message // 'lr: expected a finite number > 0, received 0'
 * ```
 */
export class ValueError extends ArgumentError {
  override name = 'ValueError'
}

/** Where a training run diverged. */
export interface DivergenceDetails {
  /** The epoch in which the loss became non-finite, counting from 1. */
  epoch: number
  /** The optimisation step within that epoch, counting from 1. */
  step: number
  /** The non-finite loss value that was observed. */
  loss: number
}

/**
 * The training loss became NaN or Infinity; the usual cause is a learning rate that is too large.
 *
 * @example
 * ```ts
 * import { DivergenceError } from '@d2l-ts/tensor'
 * const e = new DivergenceError({ epoch: 1, step: 7, loss: Number.POSITIVE_INFINITY })
 * e.message.startsWith('training diverged at epoch 1, step 7') // true
 * ```
 */
export class DivergenceError extends D2lError {
  override name = 'DivergenceError'
  readonly epoch: number
  readonly step: number
  readonly loss: number

  constructor({ epoch, step, loss }: DivergenceDetails) {
    super(
      `training diverged at epoch ${epoch}, step ${step}: the loss became ${loss}. ` +
        'Lower the learning rate (try dividing it by 10), or standardize the features.',
    )
    this.epoch = epoch
    this.step = step
    this.loss = loss
  }
}
