import { ValueError } from '@d2l-ts/errors'
import { describe, expect, it } from 'vitest'
import { Timer } from './index.js'

/** A clock that only moves when told to, in milliseconds. */
function fakeClock(start = 1000) {
  let now = start
  return {
    clock: () => now,
    advance: (ms: number) => {
      now += ms
    },
  }
}

describe('Timer', () => {
  it('starts on construction and stop() returns the seconds since then', () => {
    const { clock, advance } = fakeClock()
    const timer = new Timer({ clock })
    advance(250)
    expect(timer.stop()).toBe(0.25)
    expect(timer.times).toEqual([0.25])
  })

  it('restarts with start(), and sums, averages and accumulates the recorded times', () => {
    const { clock, advance } = fakeClock()
    const timer = new Timer({ clock })
    advance(1000)
    timer.stop()
    advance(5000) // not timed: start() below resets the mark
    timer.start()
    advance(2000)
    timer.stop()
    timer.start()
    advance(500)
    timer.stop()
    expect(timer.times).toEqual([1, 2, 0.5])
    expect(timer.sum()).toBe(3.5)
    expect(timer.avg()).toBeCloseTo(3.5 / 3, 12)
    expect(timer.cumsum()).toEqual([1, 3, 3.5])
  })

  it('refuses avg() with nothing recorded, instead of returning NaN', () => {
    const timer = new Timer({ clock: fakeClock().clock })
    expect(() => timer.avg()).toThrow(ValueError)
    expect(timer.sum()).toBe(0)
    expect(timer.cumsum()).toEqual([])
  })

  it('measures real time with the default clock', () => {
    const timer = new Timer()
    const elapsed = timer.stop()
    expect(elapsed).toBeGreaterThanOrEqual(0)
    expect(elapsed).toBeLessThan(60)
  })
})
