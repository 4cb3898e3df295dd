import { describe, expect, it } from 'vitest'
import rehypeMathPunctuation from './rehype-math-punctuation.mjs'

interface Node {
  type: string
  value?: string
  tagName?: string
  properties?: { className?: string[] }
  children?: Node[]
}

const text = (value: string): Node => ({ type: 'text', value })
const math = (tex: string): Node => ({
  type: 'element',
  tagName: 'span',
  properties: { className: ['katex'] },
  children: [text(tex)],
})

/** Runs the plugin on a paragraph and writes it back as text, with `[…]` around each kept group. */
function render(...children: Node[]): string {
  const p: Node = { type: 'element', tagName: 'p', children }
  rehypeMathPunctuation()({ type: 'root', children: [p] })
  const write = (node: Node): string =>
    node.type === 'text'
      ? (node.value ?? '')
      : node.properties?.className?.includes('math-nowrap')
        ? `[${(node.children ?? []).map(write).join('')}]`
        : (node.children ?? []).map(write).join('')
  return write(p)
}

describe('rehypeMathPunctuation', () => {
  it('keeps an inline formula with the punctuation after it, Chinese or English', () => {
    expect(render(text('学习率 '), math('η'), text('，它决定步长'))).toBe('学习率 [η，]它决定步长')
    expect(render(text('the rate '), math('η'), text('. Next'))).toBe('the rate [η.] Next')
  })

  it('and with an opening bracket before it', () => {
    expect(render(text('权重（'), math('w'), text('）与偏置'))).toBe('权重[（w）]与偏置')
  })

  it('leaves a formula between words alone', () => {
    expect(render(text('a '), math('x'), text(' b'))).toBe('a x b')
  })
})
