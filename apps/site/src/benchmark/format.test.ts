import { describe, expect, it } from 'vitest'
import { formatSpeed } from './format.js'

describe('formatSpeed', () => {
  it('writes a ratio far below 1 with two significant digits, never as 0.00×', () => {
    expect(formatSpeed(1 / 367.088)).toBe('0.0027×')
    expect(formatSpeed(0.004)).toBe('0.0040×')
  })

  it('writes ratios near 1 with two decimals and large ones as whole numbers', () => {
    expect(formatSpeed(0.38)).toBe('0.38×')
    expect(formatSpeed(2.619)).toBe('2.62×')
    expect(formatSpeed(11.26)).toBe('11×')
  })
})
