// A rehype plugin: a source line broken between two Chinese characters renders as a space in every
// browser ("回答这类 问题"), because none applies CSS Text's rule that such a line break vanishes
// between wide characters. This applies it at build time, so that Chinese paragraphs can be wrapped
// in the MDX source like English ones. Code keeps its line breaks.

// East Asian wide characters: CJK punctuation, kana, ideographs (with extension A), full-width forms.
const WIDE = '\\u3000-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff00-\\uffef'
const BREAK_BETWEEN_WIDE = new RegExp(`([${WIDE}])[ \\t]*\\n[ \\t]*(?=[${WIDE}])`, 'g')
const KEEP = new Set(['pre', 'code', 'script', 'style', 'textarea'])

/** @param {any} node */
function joinLines(node) {
  if (node.type === 'text') {
    node.value = node.value.replace(BREAK_BETWEEN_WIDE, '$1')
    return
  }
  if (node.type === 'element' && KEEP.has(node.tagName)) return
  for (const child of node.children ?? []) joinLines(child)
}

/** The plugin: `rehypePlugins: [rehypeCjkLineBreaks]`. */
export default function rehypeCjkLineBreaks() {
  return (tree) => joinLines(tree)
}
