import { describeValue, ValueError } from '@d2l-ts/tensor'
/**
 * The book's `Accumulator`: sums over n variables, for running totals such as (summed loss, number of
 * examples) across minibatches.
 *
 * @example
 * ```ts
 * import { Accumulator } from '@d2l-ts/train'
 * const metric = new Accumulator(2)
 * metric.add(0.5, 10) // a batch: summed loss 0.5 over 10 examples
 * metric.add(0.1, 5)
 * metric.get(0) / metric.get(1) // 0.04, the mean loss
 * ```
 */
export class Accumulator {
  readonly #totals: number[]

  constructor(n: number) {
    if (!Number.isInteger(n) || n < 1) {
      throw new ValueError({
        source: 'Accumulator',
        argument: 'n',
        expected: 'an integer >= 1',
        received: describeValue(n),
      })
    }
    this.#totals = new Array<number>(n).fill(0)
  }

  /** Adds one value to each variable, in order. */
  add(...values: number[]): void {
    if (values.length !== this.#totals.length) {
      throw new ValueError({
        source: 'Accumulator.add',
        argument: 'values',
        expected: `${this.#totals.length} values`,
        received: String(values.length),
      })
    }
    values.forEach((v, i) => {
      this.#totals[i] = (this.#totals[i] ?? 0) + v
    })
  }

  /** Sets every total back to 0. */
  reset(): void {
    this.#totals.fill(0)
  }

  /** The total of variable `i`. */
  get(i: number): number {
    const total = this.#totals[i]
    if (total === undefined) {
      throw new ValueError({
        source: 'Accumulator.get',
        argument: 'i',
        expected: `an index in [0, ${this.#totals.length - 1}]`,
        received: describeValue(i),
      })
    }
    return total
  }
}
