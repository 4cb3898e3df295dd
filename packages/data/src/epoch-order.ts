import { assertInteger, permutation } from '@d2l-ts/tensor'

/** Which epoch of which seeded run. */
export interface EpochOrderOptions {
  /** The run's seed, any integer. */
  seed: number
  /** The epoch, counting from 0. */
  epoch: number
}

/**
 * The order in which a shuffling {@link loadArray} with this seed visits n rows in epoch `epoch`.
 * Epoch k's order depends only on the seed and k, so a run repeats exactly, and a training loop that
 * reads the data itself (a fused kernel) can visit the rows in the same order as the loader.
 *
 * @param options the run's seed and the epoch.
 * @example
 * ```ts
 * import { epochOrder } from '@d2l-ts/data'
 * epochOrder(5, { seed: 0, epoch: 0 }) // an Int32Array holding 0 … 4 in a seeded order
 * ```
 */
export function epochOrder(n: number, { seed, epoch }: EpochOrderOptions): Int32Array {
  assertInteger('seed', seed)
  assertInteger('epoch', epoch, { min: 0 })
  return permutation(n, { seed: epochSeed(seed, epoch) })
}

/** MurmurHash3's 32-bit finaliser: a bijection that scatters nearby integers far apart. */
function fmix32(x: number): number {
  let h = x | 0
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) | 0
}

/** The seed of epoch `epoch`'s random stream: distinct epochs of one seed get unrelated streams. */
export function epochSeed(seed: number, epoch: number): number {
  return fmix32(seed ^ fmix32((epoch + 0x9e3779b9) | 0))
}
