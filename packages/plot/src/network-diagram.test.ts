import { ValueError } from '@d2l-ts/errors'
import { describe, expect, it } from 'vitest'
import { attr, byTag, one, parseSvg, type SvgNode, textOf } from '../test/svg-tree.js'
import { networkDiagram } from './network-diagram.js'

const circles = (root: SvgNode) =>
  byTag(root, 'circle').map((c) => ({ x: attr(c, 'cx'), y: attr(c, 'cy'), r: attr(c, 'r') }))

describe('networkDiagram', () => {
  it('draws the figure of 3.1.4: d inputs below, one output above, all connected', () => {
    const root = parseSvg(networkDiagram({ inputs: 3, outputs: 1 }))
    const nodes = byTag(root, 'g', 'node').map(textOf)
    expect(nodes).toEqual(['x₁', 'x₂', 'x₃', 'o₁'])
    const layers = byTag(root, 'text', 'layer-label').map(textOf)
    expect(layers).toEqual(['Output layer', 'Input layer'])
    expect(byTag(one(root, 'edges'), 'line')).toHaveLength(3)
    const [x1, , , o1] = circles(root)
    expect(o1?.y).toBeLessThan(x1?.y as number)
    expect(root.attrs.role).toBe('img')
    expect(textOf(byTag(root, 'title')[0] as SvgNode)).toBe(
      'One-layer fully connected network: 3 inputs (x₁ … x₃), each connected to the 1 output (o₁)',
    )
  })

  it('connects every input to every output: d·q edges, each from rim to rim', () => {
    const root = parseSvg(networkDiagram({ inputs: 4, outputs: 3 }))
    const nodes = circles(root)
    const inputs = nodes.slice(0, 4)
    const outputs = nodes.slice(4)
    const lines = byTag(one(root, 'edges'), 'line')
    expect(lines).toHaveLength(12)
    expect(byTag(one(root, 'edges'), 'polygon')).toHaveLength(12)
    // Each edge starts on an input's rim and points at an output's centre.
    lines.forEach((l, k) => {
      const from = inputs[Math.floor(k / 3)] as { x: number; y: number; r: number }
      const to = outputs[k % 3] as { x: number; y: number; r: number }
      const start = [attr(l, 'x1'), attr(l, 'y1')] as const
      expect(Math.hypot(start[0] - from.x, start[1] - from.y)).toBeCloseTo(from.r, 1)
      const end = [attr(l, 'x2'), attr(l, 'y2')] as const
      const cross =
        (end[0] - start[0]) * (to.y - start[1]) - (end[1] - start[1]) * (to.x - start[0])
      expect(Math.abs(cross)).toBeLessThan(0.5) // collinear with the output's centre
    })
  })

  it('stays readable with 16 inputs: no overlaps, all inside, labels small enough for the nodes', () => {
    const root = parseSvg(networkDiagram({ inputs: 16, outputs: 1 }))
    const [, , vw, vh] = (root.attrs.viewBox ?? '').split(' ').map(Number) as [
      number,
      number,
      number,
      number,
    ]
    const nodes = circles(root)
    expect(nodes).toHaveLength(17)
    const inputs = nodes.slice(0, 16)
    inputs.slice(1).forEach((c, i) => {
      const prev = inputs[i] as { x: number; r: number }
      expect(c.x - prev.x).toBeGreaterThanOrEqual(2 * c.r + 8)
    })
    for (const c of nodes) {
      expect(c.x - c.r).toBeGreaterThanOrEqual(0)
      expect(c.x + c.r).toBeLessThanOrEqual(vw)
      expect(c.y + c.r).toBeLessThanOrEqual(vh)
    }
    const labels = byTag(root, 'g', 'node').map((g) => byTag(g, 'text')[0] as SvgNode)
    expect(labels.map(textOf).slice(9, 16)).toEqual([
      'x₁₀',
      'x₁₁',
      'x₁₂',
      'x₁₃',
      'x₁₄',
      'x₁₅',
      'x₁₆',
    ])
    for (const label of labels) {
      // Width estimate 0.6 em per character must fit the node's diameter.
      const width = [...textOf(label)].length * 0.6 * attr(label, 'font-size')
      expect(width).toBeLessThan(2 * (nodes[0]?.r as number))
    }
    // Layer names sit left of every node.
    const labelEnd = 10 + 'Output layer'.length * 6
    expect(Math.min(...nodes.map((c) => c.x - c.r))).toBeGreaterThan(labelEnd)
  })

  it('shortens a long layer to its first nodes, an ellipsis and its last node', () => {
    const root = parseSvg(networkDiagram({ inputs: 100, outputs: 2 }))
    const labels = byTag(root, 'g', 'node').map(textOf)
    expect(labels.slice(0, 18)).toEqual(Array.from({ length: 18 }, (_, i) => `x${toSub(i + 1)}`))
    expect(labels.slice(18)).toEqual(['x₁₀₀', 'o₁', 'o₂'])
    expect(byTag(root, 'text', 'ellipsis').map(textOf)).toEqual(['⋯'])
    expect(byTag(one(root, 'edges'), 'line')).toHaveLength(19 * 2)
  })

  it('uses the given labels, escaped', () => {
    const root = parseSvg(
      networkDiagram({ inputs: 2, outputs: 1, inputLabels: ['a<b', 'c'], outputLabels: ['ŷ'] }),
    )
    expect(byTag(root, 'g', 'node').map(textOf)).toEqual(['a<b', 'c', 'ŷ'])
  })

  it('names the rows as asked, for pages in other languages', () => {
    const root = parseSvg(
      networkDiagram({ inputs: 2, outputs: 1, layerLabels: { input: '输入层', output: '输出层' } }),
    )
    expect(byTag(root, 'text', 'layer-label').map(textOf)).toEqual(['输出层', '输入层'])
    const english = parseSvg(networkDiagram({ inputs: 2, outputs: 1, layerLabels: { input: 'x' } }))
    expect(byTag(english, 'text', 'layer-label').map(textOf)).toEqual(['Output layer', 'x'])
    expect(() =>
      networkDiagram({ inputs: 2, outputs: 1, layerLabels: { output: 3 as never } }),
    ).toThrow('networkDiagram: options.layerLabels.output: expected a string, received 3')
  })

  it('rejects counts that are not positive integers, and label lists of the wrong length', () => {
    expect(() => networkDiagram({ inputs: 0, outputs: 1 })).toThrow(
      new ValueError({
        source: 'networkDiagram',
        argument: 'options.inputs',
        expected: 'a positive integer',
        received: '0',
      }),
    )
    expect(() => networkDiagram({ inputs: 2.5, outputs: 1 })).toThrow(ValueError)
    expect(() => networkDiagram({ inputs: '2' as never, outputs: 1 })).toThrow(ValueError)
    expect(() => networkDiagram({ inputs: 2, outputs: 1, inputLabels: ['a'] })).toThrow(
      'networkDiagram: options.inputLabels: expected 2 labels (one per node), received 1',
    )
    expect(() => networkDiagram({ inputs: 2, outputs: 1, maxNodes: 2 })).toThrow(
      'networkDiagram: options.maxNodes',
    )
    expect(() => networkDiagram(undefined as never)).toThrow(ValueError)
  })
})

function toSub(n: number): string {
  return [...String(n)].map((d) => '₀₁₂₃₄₅₆₇₈₉'[Number(d)]).join('')
}
