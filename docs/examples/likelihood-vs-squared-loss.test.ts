import { beforeAll, describe, expect, it } from 'vitest'
import { recordedRun } from '../scripts/example-runner.js'
import {
  axisOf,
  figuresOf,
  labelOf,
  legendOf,
  listAfter,
  numbers,
  pathsOf,
  textOf,
} from './test-support/outputs.js'
import { itHasAChineseTwin } from './test-support/twins.js'

const GRID_STEP = 0.01

describe('likelihood-vs-squared-loss', () => {
  let text: string
  let svg: string
  let mean: number
  beforeAll(() => {
    const run = recordedRun('likelihood-vs-squared-loss')
    text = textOf(run)
    const figures = figuresOf(run)
    expect(figures).toHaveLength(1)
    svg = figures[0] as string
    const labels = listAfter(text, 'y')
    mean = labels.reduce((s, v) => s + v, 0) / labels.length
  })

  it('finds every loss minimised at the mean of the labels', () => {
    const argmins = text.split('\n').filter((l) => l.startsWith('argmin '))
    // The squared loss and the NLL for three values of σ.
    expect(argmins).toHaveLength(4)
    expect(argmins.filter((l) => l.includes('σ'))).toHaveLength(3)
    for (const line of argmins) {
      const b = numbers(line.slice(line.lastIndexOf(':') + 1))[0] as number
      expect(Math.abs(b - mean)).toBeLessThanOrEqual(GRID_STEP / 2 + 1e-9)
    }
  })

  it('plots four labelled curves, each lowest at the mean', () => {
    const curves = pathsOf(svg, 'series')
    expect(curves).toHaveLength(4)
    expect(legendOf(svg)).toHaveLength(4)
    expect(labelOf(svg, 'xlabel')).toBe('b')
    const x = axisOf(svg, 'x')
    for (const [points = []] of curves) {
      // The lowest stretch of the curve (largest SVG y), whose middle is the minimiser.
      const bottom = Math.max(...points.map(([, py]) => py))
      const lowest = points.filter(([, py]) => py >= bottom - 0.011).map(([px]) => x.toData(px))
      const middle = (Math.min(...lowest) + Math.max(...lowest)) / 2
      expect(Math.abs(middle - mean)).toBeLessThan(0.03)
    }
  })
})

itHasAChineseTwin('likelihood-vs-squared-loss')
