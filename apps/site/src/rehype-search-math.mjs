// A rehype plugin run after rehype-katex: KaTeX writes every formula twice, as MathML for screen
// readers (with the TeX source as an annotation) and as HTML for the eye. Pagefind would index both,
// and search snippets would read "η\etaη". Marking the MathML copy `data-pagefind-ignore` leaves the
// visible one in the index; screen readers still get the MathML, which pagefind does not touch.

/** @param {any} node */
function ignoreMathml(node) {
  const className = node.properties?.className
  if (node.type === 'element' && Array.isArray(className) && className.includes('katex-mathml')) {
    node.properties['data-pagefind-ignore'] = ''
    return
  }
  for (const child of node.children ?? []) ignoreMathml(child)
}

/** The plugin: `rehypePlugins: [rehypeKatex, rehypeSearchMath]`. */
export default function rehypeSearchMath() {
  return (tree) => ignoreMathml(tree)
}
