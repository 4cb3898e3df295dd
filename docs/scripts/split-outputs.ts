// How a cell's printed text becomes what a page shows: text blocks and SVG figures. Kept apart from
// the runner (which needs Node) because the site's live cells split a run in the reader's browser
// by the same rule.

/** One piece of what a cell printed: plain text, or an SVG figure from @d2l-ts/plot. */
export type CellOutput = { kind: 'text'; text: string } | { kind: 'svg'; svg: string }

/**
 * Splits a cell's stdout into text blocks and SVG figures, in order: a line that starts with `<svg`
 * opens a figure, the line that ends with `</svg>` closes it.
 *
 * @throws when a figure is opened and never closed.
 * @example
 * ```ts
 * splitOutputs('loss 0.5\n<svg>\n</svg>')
 * // [{ kind: 'text', text: 'loss 0.5' }, { kind: 'svg', svg: '<svg>\n</svg>' }]
 * ```
 */
export function splitOutputs(stdout: string): CellOutput[] {
  const outputs: CellOutput[] = []
  let text: string[] = []
  let svg: string[] | undefined
  const flushText = () => {
    const joined = text.join('\n').replace(/\s+$/, '')
    if (joined) outputs.push({ kind: 'text', text: joined })
    text = []
  }
  for (const line of stdout.split('\n')) {
    if (!svg && line.trimStart().startsWith('<svg')) {
      flushText()
      svg = []
    }
    if (svg) {
      svg.push(line)
      if (line.trimEnd().endsWith('</svg>')) {
        outputs.push({ kind: 'svg', svg: svg.join('\n') })
        svg = undefined
      }
    } else {
      text.push(line)
    }
  }
  if (svg) throw new Error('a figure was opened with <svg but never closed')
  flushText()
  return outputs
}
