import { describeValue, ValueError } from '@d2l-ts/errors'
import * as tf from '@tensorflow/tfjs-core'
import { assertInteger } from './assert.js'

/** Options shared by every random function: a seed makes the draw reproducible. */
export interface SeedOptions {
  /** Any integer; the same seed on the same backend gives the same numbers. Omitted: a fresh draw. */
  seed?: number
}

/**
 * A seeded generator of uniform numbers in [0, 1): SplitMix32 with the MurmurHash3 finaliser, small
 * and fast, with good statistical quality for shuffling and sampling (not for cryptography).
 *
 * @example
 * ```ts
 * import { createRng } from '@d2l-ts/tensor'
 * const a = createRng(42), b = createRng(42)
 * a() === b() // true
 * ```
 */
export function createRng(seed: number = freshSeed()): () => number {
  assertInteger('seed', seed)
  let state = seed | 0
  return () => {
    state = (state + 0x9e3779b9) | 0
    let z = state
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
    z ^= z >>> 16
    return (z >>> 0) / 4294967296
  }
}

function freshSeed(): number {
  return Math.floor(Math.random() * 2 ** 31)
}

function checkedSeed(seed: number | undefined): number | undefined {
  if (seed !== undefined) assertInteger('seed', seed)
  return seed
}

function assertFiniteNumber(argument: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ValueError({ argument, expected: 'a finite number', received: describeValue(value) })
  }
}

/** Options of {@link randomNormal}. */
export interface RandomNormalOptions extends SeedOptions {
  /** Mean of the distribution. Default 0. */
  mean?: number
  /** Standard deviation, >= 0. Default 1. */
  std?: number
}

/**
 * A float32 tensor of samples from N(mean, std²).
 *
 * @param options the mean and standard deviation (default 0 and 1), and a seed.
 * @example
 * ```ts
 * import { randomNormal } from '@d2l-ts/tensor'
 * const X = randomNormal([1000, 2], { seed: 0 }) // the features of the book's synthetic data
 * ```
 */
export function randomNormal(
  shape: number[],
  { mean = 0, std = 1, seed }: RandomNormalOptions = {},
): tf.Tensor {
  assertFiniteNumber('mean', mean)
  assertFiniteNumber('std', std)
  if (std < 0)
    throw new ValueError({ argument: 'std', expected: 'a number >= 0', received: String(std) })
  // tfjs's normal sampler tests its seed for truthiness, so seed 0 would silently draw a random
  // stream; 0.5 is an equally fixed seed that no integer seed can collide with.
  const tfjsSeed = checkedSeed(seed) === 0 ? 0.5 : seed
  return tf.randomNormal(shape, mean, std, 'float32', tfjsSeed)
}

/** Options of {@link randomUniform}. */
export interface RandomUniformOptions extends SeedOptions {
  /** Lower bound, inclusive. Default 0. */
  min?: number
  /** Upper bound, exclusive. Default 1. */
  max?: number
}

/**
 * A float32 tensor of samples from the uniform distribution on [min, max).
 *
 * @param options the bounds `min` and `max` (default 0 and 1), and a seed.
 * @example
 * ```ts
 * import { randomUniform } from '@d2l-ts/tensor'
 * const u = randomUniform([3], { min: -1, max: 1, seed: 7 })
 * ```
 */
export function randomUniform(
  shape: number[],
  { min = 0, max = 1, seed }: RandomUniformOptions = {},
): tf.Tensor {
  assertFiniteNumber('min', min)
  assertFiniteNumber('max', max)
  if (max <= min) {
    throw new ValueError({
      argument: 'max',
      expected: `a number > min (${min})`,
      received: String(max),
    })
  }
  return tf.randomUniform(shape, min, max, 'float32', checkedSeed(seed))
}

/**
 * A random ordering of 0 … n−1 (Fisher–Yates), as plain integers: minibatch loaders index with it.
 *
 * @param options a seed, for the same order on every call.
 * @example
 * ```ts
 * import { permutation } from '@d2l-ts/tensor'
 * permutation(5, { seed: 1 }) // e.g. Int32Array [3, 0, 4, 1, 2], the same every time for seed 1
 * ```
 */
export function permutation(n: number, { seed }: SeedOptions = {}): Int32Array {
  assertInteger('n', n, { min: 0 })
  const order = new Int32Array(n)
  for (let i = 0; i < n; i++) order[i] = i
  const random = createRng(seed)
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const swap = order[i] as number
    order[i] = order[j] as number
    order[j] = swap
  }
  return order
}

/**
 * A shuffled copy of `items`; the input array is left as it was.
 *
 * @param options a seed, for the same order on every call.
 * @example
 * ```ts
 * import { shuffle } from '@d2l-ts/tensor'
 * shuffle(['a', 'b', 'c'], { seed: 3 }) // a new array with the same three letters
 * ```
 */
export function shuffle<T>(items: readonly T[], { seed }: SeedOptions = {}): T[] {
  return Array.from(permutation(items.length, { seed }), (i) => items[i] as T)
}
