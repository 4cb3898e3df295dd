import { describe, expect, it } from 'vitest'
import { contourSegments, type Grid } from './marching-squares'

/** f sampled at xs × ys, row by row. */
function sample(xs: number[], ys: number[], f: (x: number, y: number) => number): Grid {
  const values = ys.flatMap((y) => xs.map((x) => f(x, y)))
  return { xs, ys, values }
}

const range = (from: number, to: number, count: number) =>
  Array.from({ length: count }, (_, i) => from + ((to - from) * i) / (count - 1))

describe('contourSegments', () => {
  it('puts every end of the level line of a linear function exactly on that line', () => {
    // Linear interpolation along an edge is exact for a linear function.
    const grid = sample(range(-2, 2, 9), range(-1, 3, 7), (x, y) => x + 2 * y)
    const segments = contourSegments(grid, 1.3)
    expect(segments.length).toBeGreaterThan(5)
    for (const [x1, y1, x2, y2] of segments) {
      expect(x1 + 2 * y1).toBeCloseTo(1.3, 12)
      expect(x2 + 2 * y2).toBeCloseTo(1.3, 12)
    }
  })

  it('traces a circle for x² + y² = 1: ends near radius 1, total length near 2π', () => {
    const grid = sample(range(-1.5, 1.5, 61), range(-1.5, 1.5, 61), (x, y) => x * x + y * y)
    const segments = contourSegments(grid, 1)
    let length = 0
    for (const [x1, y1, x2, y2] of segments) {
      expect(Math.hypot(x1, y1)).toBeCloseTo(1, 2)
      expect(Math.hypot(x2, y2)).toBeCloseTo(1, 2)
      length += Math.hypot(x2 - x1, y2 - y1)
    }
    expect(length / (2 * Math.PI)).toBeCloseTo(1, 2)
  })

  it('returns nothing for a level the function never reaches', () => {
    const grid = sample(range(0, 1, 5), range(0, 1, 5), (x, y) => x + y)
    expect(contourSegments(grid, 5)).toEqual([])
    expect(contourSegments(grid, -1)).toEqual([])
  })

  it('splits a saddle cell by its centre: two segments through the edge midpoints', () => {
    // Corners 1 (lower left), 0, 1, 0: at level 0.6 the centre (0.5) is below, like corners 1 and 3,
    // so the line cuts off the two corners valued 1: lower-left and upper-right.
    const grid: Grid = { xs: [0, 1], ys: [0, 1], values: [1, 0, 0, 1] }
    const segments = contourSegments(grid, 0.6)
    expect(segments).toHaveLength(2)
    const rounded = segments.map((s) => s.map((v) => Math.round(v * 10) / 10))
    expect(rounded).toContainEqual([0, 0.4, 0.4, 0])
    expect(rounded).toContainEqual([1, 0.6, 0.6, 1])
  })

  it('skips cells with a non-finite corner', () => {
    const grid: Grid = { xs: [0, 1], ys: [0, 1], values: [0, Number.NaN, 1, 1] }
    expect(contourSegments(grid, 0.5)).toEqual([])
  })
})
