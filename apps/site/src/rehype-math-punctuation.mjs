// A rehype plugin run after rehype-katex: the browser may break a line between an inline formula and
// the punctuation next to it, which leaves "，" or "." at the start of a line and "（" at the end of
// one (line-breaking rules of Chinese and English alike forbid both). Each such formula is kept on
// one line with its punctuation, inside a `.math-nowrap` span (custom.css).

const AFTER = /^[、。〉》」』】〕）！，：；？.,;:!?)\]]+/
const BEFORE = /[〈《「『【〔（([]+$/

/** @param {any} node */
const isInlineMath = (node) =>
  node?.type === 'element' && (node.properties?.className ?? []).includes('katex')

/** @param {any} node */
function keepTogether(node) {
  if (node.type !== 'element' && node.type !== 'root') return
  // Display formulas are blocks: nothing to keep them with.
  if ((node.properties?.className ?? []).includes('katex-display')) return
  const children = node.children ?? []
  for (let i = 0; i < children.length; i++) {
    const math = children[i]
    if (!isInlineMath(math)) {
      keepTogether(math)
      continue
    }
    const before = children[i - 1]
    const after = children[i + 1]
    const opening = before?.type === 'text' ? (BEFORE.exec(before.value)?.[0] ?? '') : ''
    const closing = after?.type === 'text' ? (AFTER.exec(after.value)?.[0] ?? '') : ''
    if (!opening && !closing) continue
    const together = []
    if (opening) {
      before.value = before.value.slice(0, -opening.length)
      together.push({ type: 'text', value: opening })
    }
    together.push(math)
    if (closing) {
      after.value = after.value.slice(closing.length)
      together.push({ type: 'text', value: closing })
    }
    children[i] = {
      type: 'element',
      tagName: 'span',
      properties: { className: ['math-nowrap'] },
      children: together,
    }
  }
}

/** The plugin: `rehypePlugins: [rehypeKatex, rehypeMathPunctuation]`. */
export default function rehypeMathPunctuation() {
  return (tree) => keepTogether(tree)
}
