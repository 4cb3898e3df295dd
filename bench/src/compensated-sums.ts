/**
 * Running sums of several quantities at once, each with Neumaier's compensation: the round-off of
 * every addition is kept in a second sum, so the error stays near one rounding of the total instead of
 * growing with the number of terms (8 million rows in W4).
 */
export class CompensatedSums {
  readonly #sums: Float64Array
  readonly #compensations: Float64Array

  constructor(count: number) {
    this.#sums = new Float64Array(count)
    this.#compensations = new Float64Array(count)
  }

  add(k: number, value: number): void {
    const sum = this.#sums[k] as number
    const next = sum + value
    // Whichever of the two is larger in magnitude lost the low bits of the other: recover them.
    this.#compensations[k] =
      (this.#compensations[k] as number) +
      (Math.abs(sum) >= Math.abs(value) ? sum - next + value : value - next + sum)
    this.#sums[k] = next
  }

  total(k: number): number {
    return (this.#sums[k] as number) + (this.#compensations[k] as number)
  }
}
