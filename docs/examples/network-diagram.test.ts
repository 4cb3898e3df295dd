import { beforeAll, describe, expect, it } from 'vitest'
import { recordedRun } from '../scripts/example-runner.js'
import { figuresOf, numberAfter, textOf } from './test-support/outputs.js'

// The English cell and its Chinese twin draw the same network; only the rows' names differ.
describe.each([
  { cell: 'network-diagram', layers: ['Output layer', 'Input layer'] },
  { cell: 'network-diagram.zh-cn', layers: ['输出层', '输入层'] },
])('$cell', ({ cell, layers }) => {
  let text: string
  let svg: string
  beforeAll(() => {
    const run = recordedRun(cell)
    text = textOf(run)
    const figures = figuresOf(run)
    expect(figures).toHaveLength(1)
    svg = figures[0] as string
  })

  it("prints the model's shape: 2 inputs, 1 output, 2·1 + 1 parameters", () => {
    expect(text).toMatch(/^inputs: 2, outputs: 1, parameters: 3$/m)
    expect(numberAfter(text, 'inputs')).toBe(2)
  })

  it('draws x₁ and x₂ on the bottom row, o₁ above, and an edge from each input', () => {
    expect(svg).toContain('class="d2l-network-diagram"')
    const nodes = [
      ...svg.matchAll(
        /<g class="node"><circle cx="([\d.]+)" cy="([\d.]+)"[^>]*\/><text[^>]*>([^<]*)<\/text><\/g>/g,
      ),
    ].map((m) => ({ label: m[3], cy: Number(m[2]) }))
    expect(nodes.map((n) => n.label).sort()).toEqual(['o₁', 'x₁', 'x₂'])
    const cy = (label: string) => nodes.find((n) => n.label === label)?.cy ?? Number.NaN
    expect(cy('x₁')).toBe(cy('x₂'))
    expect(cy('o₁')).toBeLessThan(cy('x₁'))
    const edges = /<g class="edges"[^>]*>(.*?)<\/g>/.exec(svg)?.[1] ?? ''
    expect(edges.match(/<line /g)).toHaveLength(2)
  })

  it("names the rows in the page's language", () => {
    const names = [...svg.matchAll(/<text class="layer-label"[^>]*>([^<]*)<\/text>/g)].map(
      (m) => m[1],
    )
    expect(names).toEqual(layers)
  })
})
