import { describeValue, ValueError } from '@d2l-ts/errors'
import { LAYOUT } from './layout.js'
import { element, num, textElement } from './svg.js'

/**
 * Options of {@link networkDiagram}.
 *
 * @example
 * ```ts
 * import { type NetworkDiagramOptions, networkDiagram } from '@d2l-ts/plot'
 * const options: NetworkDiagramOptions = { inputs: 2, outputs: 1, inputLabels: ['area', 'age'] }
 * networkDiagram(options).includes('>area</text>') // true
 * ```
 */
export interface NetworkDiagramOptions {
  /** The number of inputs d (features), at least 1. */
  inputs: number
  /** The number of outputs q, at least 1. */
  outputs: number
  /** One label per input. Default x₁, x₂, …, x_d. */
  inputLabels?: readonly string[]
  /** One label per output. Default o₁, o₂, …, o_q. */
  outputLabels?: readonly string[]
  /**
   * The most nodes drawn in a row. A longer layer shows its first `maxNodes − 2` nodes, an ellipsis,
   * and its last node. Default 20 (at least 3).
   */
  maxNodes?: number
  /** The SVG's accessible `<title>`. Default: a sentence giving d and q. */
  title?: string
  /** The names written beside the rows, for pages in other languages. Default 'Input layer', 'Output layer'. */
  layerLabels?: { input?: string; output?: string }
}

/** Measures of the diagram, in SVG units (points). */
const NODE_RADIUS = 13
const NODE_SPACING = 36
const ROW_GAP = 96
const LABEL_COLUMN = 84
const MARGIN = 10
const ARROW_LENGTH = 6
const ARROW_HALF_WIDTH = 2.5
const NODE_FONT_SIZE = 11

const SUBSCRIPT_DIGITS = '₀₁₂₃₄₅₆₇₈₉'

/** `x` with the index written in subscript digits: x₁, x₁₆. */
function subscripted(letter: string, index: number): string {
  return letter + [...String(index)].map((d) => SUBSCRIPT_DIGITS[Number(d)]).join('')
}

function countOption(value: unknown, argument: string): number {
  if (typeof value !== 'number') {
    throw new ValueError({
      source: 'networkDiagram',
      argument,
      expected: 'a positive integer',
      received: describeValue(value),
    })
  }
  if (!Number.isInteger(value) || value < 1) {
    throw new ValueError({
      source: 'networkDiagram',
      argument,
      expected: 'a positive integer',
      received: String(value),
    })
  }
  return value
}

function labelsOption(value: unknown, count: number, argument: string, letter: string): string[] {
  if (value === undefined)
    return Array.from({ length: count }, (_, i) => subscripted(letter, i + 1))
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw new ValueError({
      source: 'networkDiagram',
      argument,
      expected: 'an array of strings',
      received: describeValue(value),
    })
  }
  if (value.length !== count) {
    throw new ValueError({
      source: 'networkDiagram',
      argument,
      expected: `${count} labels (one per node)`,
      received: `${value.length}`,
    })
  }
  return [...value]
}

function layerLabelsOption(value: unknown): { input: string; output: string } {
  const labels = { input: 'Input layer', output: 'Output layer' }
  if (value === undefined) return labels
  if (typeof value !== 'object' || value === null) {
    throw new ValueError({
      source: 'networkDiagram',
      argument: 'options.layerLabels',
      expected: 'an object { input?, output? }',
      received: describeValue(value),
    })
  }
  for (const row of ['input', 'output'] as const) {
    const label = (value as Record<string, unknown>)[row]
    if (label === undefined) continue
    if (typeof label !== 'string') {
      throw new ValueError({
        source: 'networkDiagram',
        argument: `options.layerLabels.${row}`,
        expected: 'a string',
        received: describeValue(label),
      })
    }
    labels[row] = label
  }
  return labels
}

/** A slot in a row: a node with its label, or the ellipsis standing for the elided nodes. */
type Slot = { label: string } | 'ellipsis'

function slots(labels: readonly string[], maxNodes: number): Slot[] {
  if (labels.length <= maxNodes) return labels.map((label) => ({ label }))
  const head = labels.slice(0, maxNodes - 2).map((label) => ({ label }))
  return [...head, 'ellipsis', { label: labels[labels.length - 1] as string }]
}

/** The font size that fits `label` inside a node. */
function nodeFontSize(label: string): number {
  const fit = (2 * NODE_RADIUS - 5) / (Math.max(1, [...label].length) * LAYOUT.charWidth)
  return Math.min(NODE_FONT_SIZE, fit)
}

/**
 * Draws the one-layer network of section 3.1.4: inputs x₁ … x_d on the bottom row, outputs
 * o₁ … o_q on the top row, every input connected to every output (a fully connected, or dense,
 * layer). The input layer is not counted, so this is a one-layer network. Returns an SVG string;
 * readable for at least 16 inputs, and longer layers are shortened with an ellipsis.
 *
 * @throws {ValueError} or {@link ValueError} for counts that are not positive integers, label
 * lists of the wrong kind or length, or layer labels that are not strings.
 *
 * @example
 * ```ts
 * import { networkDiagram } from '@d2l-ts/plot'
 * const svg = networkDiagram({ inputs: 4, outputs: 1 })
 * svg.includes('>x₄</text>') // true
 * svg.includes('>o₁</text>') // true
 * ```
 */
export function networkDiagram(options: NetworkDiagramOptions): string {
  if (typeof options !== 'object' || options === null) {
    throw new ValueError({
      source: 'networkDiagram',
      argument: 'options',
      expected: 'an object { inputs, outputs }',
      received: describeValue(options),
    })
  }
  const d = countOption(options.inputs, 'options.inputs')
  const q = countOption(options.outputs, 'options.outputs')
  const inputLabels = labelsOption(options.inputLabels, d, 'options.inputLabels', 'x')
  const outputLabels = labelsOption(options.outputLabels, q, 'options.outputLabels', 'o')
  const layerLabels = layerLabelsOption(options.layerLabels)
  const maxNodes = options.maxNodes ?? 20
  if (typeof maxNodes !== 'number' || !Number.isInteger(maxNodes) || maxNodes < 3) {
    throw new ValueError({
      source: 'networkDiagram',
      argument: 'options.maxNodes',
      expected: 'an integer ≥ 3',
      received: describeValue(maxNodes),
    })
  }
  if (options.title !== undefined && typeof options.title !== 'string') {
    throw new ValueError({
      source: 'networkDiagram',
      argument: 'options.title',
      expected: 'a string',
      received: describeValue(options.title),
    })
  }

  const inputSlots = slots(inputLabels, maxNodes)
  const outputSlots = slots(outputLabels, maxNodes)
  const widest = Math.max(inputSlots.length, outputSlots.length)
  const rowWidth = widest * NODE_SPACING
  const width = MARGIN + LABEL_COLUMN + rowWidth + MARGIN
  const outputY = MARGIN + NODE_RADIUS
  const inputY = outputY + ROW_GAP
  const height = inputY + NODE_RADIUS + MARGIN
  // Each row is centred over the widest one.
  const rowX = (count: number, i: number) =>
    MARGIN + LABEL_COLUMN + (rowWidth - count * NODE_SPACING) / 2 + (i + 0.5) * NODE_SPACING

  const inputs = inputSlots.map((slot, i) => ({ slot, x: rowX(inputSlots.length, i), y: inputY }))
  const outputs = outputSlots.map((slot, i) => ({
    slot,
    x: rowX(outputSlots.length, i),
    y: outputY,
  }))

  const edges: string[] = []
  for (const from of inputs) {
    if (from.slot === 'ellipsis') continue
    for (const to of outputs) {
      if (to.slot === 'ellipsis') continue
      // From the input's rim to the output's rim, with an arrowhead touching the output.
      const dx = to.x - from.x
      const dy = to.y - from.y
      const length = Math.hypot(dx, dy)
      const [ux, uy] = [dx / length, dy / length]
      const start = [from.x + ux * NODE_RADIUS, from.y + uy * NODE_RADIUS] as const
      const tip = [to.x - ux * NODE_RADIUS, to.y - uy * NODE_RADIUS] as const
      const base = [tip[0] - ux * ARROW_LENGTH, tip[1] - uy * ARROW_LENGTH] as const
      const [px, py] = [-uy * ARROW_HALF_WIDTH, ux * ARROW_HALF_WIDTH]
      edges.push(
        element('line', { x1: start[0], y1: start[1], x2: base[0], y2: base[1] }),
        element('polygon', {
          points: [
            `${num(tip[0])},${num(tip[1])}`,
            `${num(base[0] + px)},${num(base[1] + py)}`,
            `${num(base[0] - px)},${num(base[1] - py)}`,
          ].join(' '),
        }),
      )
    }
  }

  const nodes = [...inputs, ...outputs].map(({ slot, x, y }) => {
    if (slot === 'ellipsis') {
      return textElement(
        'text',
        { class: 'ellipsis', x, y, dy: '0.32em', 'text-anchor': 'middle', 'font-size': 14 },
        '⋯',
      )
    }
    return element('g', { class: 'node' }, [
      element('circle', {
        cx: x,
        cy: y,
        r: NODE_RADIUS,
        fill: '#FFFFFF',
        stroke: '#000000',
        'stroke-width': 1,
      }),
      textElement(
        'text',
        { x, y, dy: '0.35em', 'text-anchor': 'middle', 'font-size': nodeFontSize(slot.label) },
        slot.label,
      ),
    ])
  })

  const layerLabel = (text: string, y: number, cls: string) =>
    textElement('text', { class: cls, x: MARGIN, y, dy: '0.32em' }, text)
  const first = (labels: readonly string[]) => labels[0] as string
  const last = (labels: readonly string[]) => labels[labels.length - 1] as string
  const span = (labels: readonly string[]) =>
    labels.length === 1 ? first(labels) : `${first(labels)} … ${last(labels)}`
  const title =
    options.title ??
    `One-layer fully connected network: ${d} input${d === 1 ? '' : 's'} (${span(inputLabels)}), ` +
      `each connected to ${q === 1 ? 'the' : 'every one of'} ${q} output${q === 1 ? '' : 's'} (${span(outputLabels)})`

  return element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: 'd2l-network-diagram',
      width: `${num(width)}pt`,
      height: `${num(height)}pt`,
      viewBox: `0 0 ${num(width)} ${num(height)}`,
      role: 'img',
      'font-family': 'DejaVu Sans, Helvetica, Arial, sans-serif',
      'font-size': LAYOUT.fontSize,
    },
    [
      textElement('title', {}, title),
      element('rect', { class: 'background', width, height, fill: '#FFFFFF' }),
      element(
        'g',
        { class: 'edges', stroke: '#555555', fill: '#555555', 'stroke-width': 0.8 },
        edges,
      ),
      element('g', { class: 'nodes' }, nodes),
      layerLabel(layerLabels.output, outputY, 'layer-label'),
      layerLabel(layerLabels.input, inputY, 'layer-label'),
    ],
  )
}
