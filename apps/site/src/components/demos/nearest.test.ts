import { describe, expect, it } from 'vitest'
import { nearestIndex } from './nearest'

describe('nearestIndex', () => {
  it('finds the nearest item, the first of equals, and -1 in an empty list', () => {
    expect(nearestIndex([1, 2, 5, 10], (v) => Math.abs(v - 4))).toBe(2)
    expect(nearestIndex([1, 3, 5], (v) => Math.abs(v - 4))).toBe(1)
    expect(nearestIndex([], () => 0)).toBe(-1)
  })
})
