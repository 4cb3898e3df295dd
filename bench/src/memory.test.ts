import { describe, expect, it } from 'vitest'
import { parseVmHwm, peakRss } from './memory.js'

describe('parseVmHwm', () => {
  it('reads the high-water mark in bytes', () => {
    const status = 'Name:\tnode\nVmPeak:\t 1234 kB\nVmHWM:\t   53412 kB\nVmRSS:\t   50000 kB\n'
    expect(parseVmHwm(status)).toBe(53412 * 1024)
    expect(parseVmHwm('Name:\tnode\n')).toBeUndefined()
  })
})

describe('peakRss', () => {
  it('is at least the current RSS', () => {
    expect(peakRss().bytes).toBeGreaterThanOrEqual(process.memoryUsage().rss * 0.9)
  })
})
