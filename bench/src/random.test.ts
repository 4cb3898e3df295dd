import { describe, expect, it } from 'vitest'
import { identityOrder, normals, seededRandom, shuffleInPlace } from './random.js'

describe('seededRandom', () => {
  it('repeats for a seed, differs across seeds, and stays in [0, 1)', () => {
    const a = seededRandom(7)
    const b = seededRandom(7)
    const c = seededRandom(8)
    const xs = Array.from({ length: 1000 }, () => a())
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs)
    expect(Array.from({ length: 1000 }, () => c())).not.toEqual(xs)
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true)
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.05)
  })
})

describe('shuffleInPlace', () => {
  it('returns a permutation of 0 … n−1', () => {
    const order = shuffleInPlace(identityOrder(100), seededRandom(1))
    expect([...order].sort((x, y) => x - y)).toEqual([...identityOrder(100)])
    expect([...order]).not.toEqual([...identityOrder(100)])
  })
})

describe('normals', () => {
  it('has mean near 0 and variance near 1', () => {
    const xs = normals(20_000, seededRandom(3))
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length
    expect(xs).toHaveLength(20_000)
    expect(Math.abs(mean)).toBeLessThan(0.03)
    expect(Math.abs(variance - 1)).toBeLessThan(0.05)
  })
})
