import { expect, it } from 'vitest'
import { figuresOf, legendOf, numberAfter, textOf } from './test-support/outputs.js'
import { describeWithTwin } from './test-support/twins.js'

// The legend of each language: one entry per predicted species, then the mistakes.
const LEGENDS: Record<string, string[]> = {
  'softmax-predictions': [
    'predicted setosa',
    'predicted versicolor',
    'predicted virginica',
    'mistake',
  ],
  'softmax-predictions.zh-cn': ['预测为山鸢尾', '预测为变色鸢尾', '预测为维吉尼亚鸢尾', '预测错误'],
}

describeWithTwin('softmax-predictions', (run, name) => {
  const text = textOf(run)
  const svg = figuresOf(run)[0] as string

  it('predicts a species for each of the 30 test flowers, with at most 3 mistakes', () => {
    const counts = ['setosa', 'versicolor', 'virginica'].map((s) =>
      numberAfter(text, `predicted ${s}`),
    )
    expect(counts.reduce((a, b) => a + b, 0)).toBe(30)
    expect(numberAfter(text, 'mistakes')).toBeLessThanOrEqual(3)
  })

  it('draws one marker per flower, and a cross on each mistake', () => {
    expect(legendOf(svg)).toEqual(LEGENDS[name])
    const markers = [...svg.matchAll(/<g class="series-markers"[^>]*>(.*?)<\/g>/g)].map(
      (m) => [...(m[1] ?? '').matchAll(/translate\(/g)].length,
    )
    expect(markers.slice(0, 3).reduce((a, b) => a + b, 0)).toBe(30)
    expect(markers[3] ?? 0).toBe(numberAfter(text, 'mistakes'))
  })
})
