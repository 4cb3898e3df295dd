import { beforeAll, describe, expect, it } from 'vitest'
import { recordedRun } from '../scripts/example-runner.js'
import {
  field,
  figuresOf,
  labelOf,
  legendOf,
  numberAfter,
  numbers,
  pathsOf,
  textOf,
} from './test-support/outputs.js'

describe('softmax-training-curve', () => {
  let text: string
  let svg: string
  beforeAll(() => {
    const run = recordedRun('softmax-training-curve')
    text = textOf(run)
    const figures = figuresOf(run)
    expect(figures).toHaveLength(1)
    svg = figures[0] as string
  })

  it('trains for 30 epochs: the loss falls, both accuracies end at 0.9 or more', () => {
    expect(numberAfter(text, 'epochs')).toBe(30)
    const [first = Number.NaN, last = Number.NaN] = numbers(field(text, 'train loss'))
    expect(last).toBeLessThan(first)
    expect(numberAfter(text, 'train accuracy')).toBeGreaterThanOrEqual(0.9)
    expect(numberAfter(text, 'test accuracy')).toBeGreaterThanOrEqual(0.9)
  })

  it('draws three unbroken curves of 30 points, labelled as the book does', () => {
    const series = pathsOf(svg, 'series')
    expect(series).toHaveLength(3)
    for (const curve of series) {
      expect(curve).toHaveLength(1)
      expect(curve[0]).toHaveLength(30)
    }
    expect(legendOf(svg)).toEqual(['train loss', 'train acc', 'test acc'])
    expect(labelOf(svg, 'xlabel')).toBe('epoch')
  })
})
