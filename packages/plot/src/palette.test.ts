import { describe, expect, it } from 'vitest'
import { COLOR_CYCLE, COLOR_LETTERS, OKABE_ITO } from './palette.js'

// WCAG 2 relative luminance and contrast ratio, written out from the definition.
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
}
const contrastOnWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05)

describe('palette', () => {
  it('holds the eight Okabe–Ito colours as published (RGB 0–255)', () => {
    const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16))
    expect(rgb(OKABE_ITO.black)).toEqual([0, 0, 0])
    expect(rgb(OKABE_ITO.orange)).toEqual([230, 159, 0])
    expect(rgb(OKABE_ITO.skyBlue)).toEqual([86, 180, 233])
    expect(rgb(OKABE_ITO.bluishGreen)).toEqual([0, 158, 115])
    expect(rgb(OKABE_ITO.yellow)).toEqual([240, 228, 66])
    expect(rgb(OKABE_ITO.blue)).toEqual([0, 114, 178])
    expect(rgb(OKABE_ITO.vermillion)).toEqual([213, 94, 0])
    expect(rgb(OKABE_ITO.reddishPurple)).toEqual([204, 121, 167])
  })

  it('maps every colour letter but w, and every cycle colour, to one visible on white (≥ 2:1)', () => {
    const letters = Object.entries(COLOR_LETTERS).filter(([letter]) => letter !== 'w')
    for (const [, hex] of letters) expect(contrastOnWhite(hex)).toBeGreaterThan(2)
    for (const hex of COLOR_CYCLE) expect(contrastOnWhite(hex)).toBeGreaterThan(2)
    // Why 'y' is not the palette's yellow:
    expect(contrastOnWhite(OKABE_ITO.yellow)).toBeLessThan(1.5)
  })

  it('has seven distinct colours in the cycle, starting with blue as the book', () => {
    expect(new Set(COLOR_CYCLE).size).toBe(7)
    expect(COLOR_CYCLE[0]).toBe(COLOR_LETTERS.b)
  })
})
