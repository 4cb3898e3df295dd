import { expect, it } from 'vitest'
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
import { describeWithTwin } from './test-support/twins.js'

// The book's three curves, named in each language.
const LABELS: Record<string, { legend: string[]; xlabel: string }> = {
  'softmax-training-curve': { legend: ['train loss', 'train acc', 'test acc'], xlabel: 'epoch' },
  'softmax-training-curve.zh-cn': {
    legend: ['训练损失', '训练准确率', '测试准确率'],
    xlabel: '迭代周期',
  },
}

describeWithTwin('softmax-training-curve', (run, name) => {
  const text = textOf(run)
  const figures = figuresOf(run)
  const svg = figures[0] as string

  it('trains for 30 epochs: the loss falls, both accuracies end at 0.9 or more', () => {
    expect(numberAfter(text, 'epochs')).toBe(30)
    const [first = Number.NaN, last = Number.NaN] = numbers(field(text, 'train loss'))
    expect(last).toBeLessThan(first)
    expect(numberAfter(text, 'train accuracy')).toBeGreaterThanOrEqual(0.9)
    expect(numberAfter(text, 'test accuracy')).toBeGreaterThanOrEqual(0.9)
  })

  it('draws three unbroken curves of 30 points, labelled as the book does', () => {
    expect(figures).toHaveLength(1)
    const series = pathsOf(svg, 'series')
    expect(series).toHaveLength(3)
    for (const curve of series) {
      expect(curve).toHaveLength(1)
      expect(curve[0]).toHaveLength(30)
    }
    expect(legendOf(svg)).toEqual(LABELS[name]?.legend)
    expect(labelOf(svg, 'xlabel')).toBe(LABELS[name]?.xlabel)
  })
})
