// A rehype plugin: a source line broken between two Chinese characters renders as a space in every
// browser ("回答这类 问题"), because none applies CSS Text's rule that such a line break vanishes
// between wide characters. This applies it at build time, so that Chinese paragraphs can be wrapped
// in the MDX source like English ones: inside a text, and where a text meets an element ("参见\n"
// then a link whose text is Chinese). Code keeps its line breaks.

// East Asian wide characters: CJK punctuation, kana, ideographs (with extension A), full-width forms.
const WIDE = '\\u3000-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff00-\\uffef'
const BREAK_BETWEEN_WIDE = new RegExp(`([${WIDE}])[ \\t]*\\n[ \\t]*(?=[${WIDE}])`, 'g')
const WIDE_THEN_BREAK = new RegExp(`(?<=[${WIDE}])[ \\t]*\\n[ \\t]*$`)
const BREAK_THEN_WIDE = new RegExp(`^[ \\t]*\\n[ \\t]*(?=[${WIDE}])`)
const STARTS_WIDE = new RegExp(`^[${WIDE}]`)
const ENDS_WIDE = new RegExp(`[${WIDE}]$`)
const KEEP = new Set(['pre', 'code', 'script', 'style', 'textarea'])

/** @param {any} node */
const isKept = (node) => node.type === 'element' && KEEP.has(node.tagName)

/** The first (or last) text node inside `node` that is not in code, or undefined. */
function edgeText(node, last) {
  if (node.type === 'text') return node
  if (isKept(node) || !node.children?.length) return undefined
  return edgeText(last ? node.children.at(-1) : node.children[0], last)
}

/** @param {any} node */
function joinLines(node) {
  if (node.type === 'text') {
    node.value = node.value.replace(BREAK_BETWEEN_WIDE, '$1')
    return
  }
  if (isKept(node)) return
  const children = node.children ?? []
  for (const child of children) joinLines(child)
  // Across a boundary: a text ending in a line break, before an element starting with a wide
  // character, or an element ending with one, before a text starting with a line break.
  for (let i = 1; i < children.length; i++) {
    const before = edgeText(children[i - 1], true)
    const after = edgeText(children[i], false)
    if (!before || !after) continue
    if (WIDE_THEN_BREAK.test(before.value) && STARTS_WIDE.test(after.value)) {
      before.value = before.value.replace(WIDE_THEN_BREAK, '')
    } else if (ENDS_WIDE.test(before.value) && BREAK_THEN_WIDE.test(after.value)) {
      after.value = after.value.replace(BREAK_THEN_WIDE, '')
    }
  }
}

/** The plugin: `rehypePlugins: [rehypeCjkLineBreaks]`. */
export default function rehypeCjkLineBreaks() {
  return (tree) => joinLines(tree)
}
