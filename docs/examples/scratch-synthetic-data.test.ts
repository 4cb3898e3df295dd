import { expect, it } from 'vitest'
import { axisOf, figuresOf, labelOf, listAfter, markersOf, textOf } from './test-support/outputs.js'
import { describeWithTwin } from './test-support/twins.js'

describeWithTwin('scratch-synthetic-data', (run) => {
  const text = textOf(run)

  it('makes 1000 examples of 2 features and one label each', () => {
    expect(text).toMatch(/^features: 1000×2, labels: 1000×1$/m)
  })

  it('labels the first example by the true line, up to noise of std 0.01', () => {
    const [x1, x2] = listAfter(text, 'features[0]') as [number, number]
    const [label] = listAfter(text, 'labels[0]') as [number]
    // Printed to 4 decimals; 0.05 is five noise standard deviations.
    expect(Math.abs(label - (2 * x1 - 3.4 * x2 + 4.2))).toBeLessThan(0.05)
  })

  it('plots x₂ against y: 1000 points along a line of slope about −3.4', () => {
    const figures = figuresOf(run)
    expect(figures).toHaveLength(1)
    const svg = figures[0] as string
    expect(labelOf(svg, 'xlabel')).toBe('x₂')
    const points = markersOf(svg, 'points-markers')
    expect(points).toHaveLength(1000)
    const x = axisOf(svg, 'x')
    const y = axisOf(svg, 'y')
    const data = points.map(([px, py]) => [x.toData(px), y.toData(py)] as const)
    // Least-squares slope of y on x₂: x₁ is independent of x₂, so it only adds scatter (its variance
    // 2² is what spreads the points), and the slope estimates w₂ = −3.4 to about ±0.15.
    const mx = data.reduce((s, [a]) => s + a, 0) / data.length
    const my = data.reduce((s, [, b]) => s + b, 0) / data.length
    const sxy = data.reduce((s, [a, b]) => s + (a - mx) * (b - my), 0)
    const sxx = data.reduce((s, [a]) => s + (a - mx) ** 2, 0)
    expect(Math.abs(sxy / sxx - -3.4)).toBeLessThan(0.3)
  })
})
