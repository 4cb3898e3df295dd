import { beforeAll, describe, expect, it } from 'vitest'
import { recordedRun } from '../scripts/example-runner.js'
import { figuresOf, legendOf, numberAfter, textOf } from './test-support/outputs.js'

describe('softmax-predictions', () => {
  let text: string
  let svg: string
  beforeAll(() => {
    const run = recordedRun('softmax-predictions')
    text = textOf(run)
    svg = figuresOf(run)[0] as string
  })

  it('predicts a species for each of the 30 test flowers, with at most 3 mistakes', () => {
    const counts = ['setosa', 'versicolor', 'virginica'].map((s) =>
      numberAfter(text, `predicted ${s}`),
    )
    expect(counts.reduce((a, b) => a + b, 0)).toBe(30)
    expect(numberAfter(text, 'mistakes')).toBeLessThanOrEqual(3)
  })

  it('draws one marker per flower, and a cross on each mistake', () => {
    expect(legendOf(svg)).toEqual([
      'predicted setosa',
      'predicted versicolor',
      'predicted virginica',
      'mistake',
    ])
    const markers = [...svg.matchAll(/<g class="series-markers"[^>]*>(.*?)<\/g>/g)].map(
      (m) => [...(m[1] ?? '').matchAll(/translate\(/g)].length,
    )
    expect(markers.slice(0, 3).reduce((a, b) => a + b, 0)).toBe(30)
    expect(markers[3] ?? 0).toBe(numberAfter(text, 'mistakes'))
  })
})
