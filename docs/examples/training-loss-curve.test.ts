import { beforeAll, describe, expect, it } from 'vitest'
import { recordedRun } from '../scripts/example-runner.js'
import {
  axisOf,
  figuresOf,
  labelOf,
  legendOf,
  numberAfter,
  pathsOf,
  textOf,
} from './test-support/outputs.js'
import { itHasAChineseTwin } from './test-support/twins.js'

// 3 epochs of 1000 examples in batches of 10.
const STEPS = 3 * (1000 / 10)

describe('training-loss-curve', () => {
  let text: string
  let svg: string
  beforeAll(() => {
    const run = recordedRun('training-loss-curve')
    text = textOf(run)
    const figures = figuresOf(run)
    expect(figures).toHaveLength(1)
    svg = figures[0] as string
  })

  it('records one loss per minibatch step, falling by orders of magnitude', () => {
    expect(numberAfter(text, 'steps')).toBe(STEPS)
    const first = numberAfter(text, 'first loss')
    const last = numberAfter(text, 'last loss')
    expect(first / last).toBeGreaterThan(1e3)
    // The last minibatch loss is noise-dominated: around ½σ² = 5e-5, within a factor of 10.
    expect(last).toBeGreaterThan(5e-6)
    expect(last).toBeLessThan(5e-4)
  })

  it('draws a single unbroken curve with a point per step, labelled step and loss', () => {
    const series = pathsOf(svg, 'series')
    expect(series).toHaveLength(1)
    expect(series[0]).toHaveLength(1) // no gaps: every loss is finite and positive
    expect(series[0]?.[0]).toHaveLength(STEPS)
    expect(legendOf(svg)).toEqual([])
    expect(labelOf(svg, 'xlabel')).toBe('step')
    expect(labelOf(svg, 'ylabel')).toBe('loss')
  })

  it('puts the loss on a log axis: the first and last points sit where log10 says', () => {
    const x = axisOf(svg, 'x')
    const y = axisOf(svg, 'y', 'log') // throws unless the y ticks are evenly spaced in log10
    const points = pathsOf(svg, 'series')[0]?.[0] ?? []
    const [firstX, firstY] = points[0] ?? [Number.NaN, Number.NaN]
    const [lastX, lastY] = points.at(-1) ?? [Number.NaN, Number.NaN]
    expect(Math.abs(firstX - x.toPixel(1))).toBeLessThan(0.1)
    expect(Math.abs(lastX - x.toPixel(STEPS))).toBeLessThan(0.1)
    expect(Math.abs(firstY - y.toPixel(numberAfter(text, 'first loss')))).toBeLessThan(0.1)
    expect(Math.abs(lastY - y.toPixel(numberAfter(text, 'last loss')))).toBeLessThan(0.1)
  })
})

itHasAChineseTwin('training-loss-curve')
