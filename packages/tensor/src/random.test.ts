import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import {
  createRng,
  mean,
  moments,
  permutation,
  randomNormal,
  randomUniform,
  shuffle,
  ValueError,
} from './index.js'

describe('seeded randomness', () => {
  it('gives the same normal tensor for the same seed, and another for another seed', () => {
    const a = randomNormal([100], { seed: 42 }).dataSync()
    const b = randomNormal([100], { seed: 42 }).dataSync()
    const c = randomNormal([100], { seed: 43 }).dataSync()
    expect(Array.from(a)).toEqual(Array.from(b))
    expect(Array.from(a)).not.toEqual(Array.from(c))
  })

  it('is reproducible for seed 0 too (tfjs alone treats 0 as no seed)', () => {
    for (const draw of [
      () => randomNormal([8], { seed: 0 }),
      () => randomUniform([8], { seed: 0 }),
    ]) {
      expect(Array.from(draw().dataSync())).toEqual(Array.from(draw().dataSync()))
    }
  })

  it('gives the same permutation for the same seed', () => {
    expect(Array.from(permutation(50, { seed: 7 }))).toEqual(
      Array.from(permutation(50, { seed: 7 })),
    )
    expect(Array.from(permutation(50, { seed: 7 }))).not.toEqual(
      Array.from(permutation(50, { seed: 8 })),
    )
  })

  it('repeats across separate processes', () => {
    // A second Node process draws with the same seeds; the values must match this one's bit for bit.
    const script = `
      import { randomNormal, permutation } from '@d2l-ts/tensor'
      console.log(JSON.stringify([Array.from(randomNormal([5], { seed: 11 }).dataSync()), Array.from(permutation(8, { seed: 11 }))]))`
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: new URL('..', import.meta.url),
      encoding: 'utf8',
    })
    expect(JSON.parse(output)).toEqual([
      Array.from(randomNormal([5], { seed: 11 }).dataSync()),
      Array.from(permutation(8, { seed: 11 })),
    ])
  })

  it('draws N(mean, std²) with the requested moments (10 000 samples, 4 standard errors)', () => {
    const { mean: m, variance } = moments(randomNormal([10_000], { mean: 3, std: 2, seed: 1 }))
    expect(Math.abs(m.dataSync()[0]! - 3)).toBeLessThan((4 * 2) / 100)
    expect(Math.abs(Math.sqrt(variance.dataSync()[0]!) - 2)).toBeLessThan(0.06)
  })

  it('draws uniform numbers inside [min, max) with mean (min + max) / 2', () => {
    const u = randomUniform([10_000], { min: -1, max: 3, seed: 5 })
    const values = u.dataSync()
    expect(Math.min(...values)).toBeGreaterThanOrEqual(-1)
    expect(Math.max(...values)).toBeLessThan(3)
    // sd of U(-1, 3) is 4/√12 ≈ 1.155; standard error of the mean over 10 000 ≈ 0.0115
    expect(Math.abs(mean(u).dataSync()[0]! - 1)).toBeLessThan(0.05)
  })

  it('createRng is uniform on [0, 1): each decile gets about a tenth of 100 000 draws', () => {
    const random = createRng(123)
    const counts = new Array(10).fill(0)
    for (let i = 0; i < 100_000; i++) counts[Math.floor(random() * 10)]++
    // expected 10 000 per bin, sd ≈ 95; 5 sd is a bound a correct generator will not cross
    for (const count of counts) expect(Math.abs(count - 10_000)).toBeLessThan(475)
  })

  it('permutation holds each index exactly once', () => {
    const p = Array.from(permutation(1000, { seed: 3 }))
    expect([...p].sort((a, b) => a - b)).toEqual(Array.from({ length: 1000 }, (_, i) => i))
    expect(p).not.toEqual(Array.from({ length: 1000 }, (_, i) => i))
  })

  it('shuffle returns a new array and leaves the input alone', () => {
    const input = ['a', 'b', 'c', 'd', 'e']
    const out = shuffle(input, { seed: 9 })
    expect(input).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect([...out].sort()).toEqual(input)
    expect(out).toEqual(shuffle(input, { seed: 9 }))
  })

  it('rejects bad arguments by name', () => {
    expect(() => randomNormal([2], { std: -1 })).toThrow('std: expected a number >= 0, received -1')
    expect(() => randomNormal([2], { seed: 1.5 })).toThrow(ValueError)
    expect(() => randomUniform([2], { min: 1, max: 1 })).toThrow(
      'max: expected a number > min (1), received 1',
    )
    expect(() => permutation(-1)).toThrow('n: expected an integer >= 0, received -1')
  })
})
