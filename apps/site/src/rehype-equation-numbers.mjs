// A rehype plugin run after rehype-katex: in every display equation with a number (\tag), it gathers
// the formula's parts (KaTeX's .base spans) into one `.katex-formula` span beside the `.tag`. The CSS
// (custom.css) can then lay the two out as flex items: the formula never breaks apart, and a number
// that does not fit beside it moves below it instead of being drawn over it (KaTeX positions the
// number absolutely, at the right edge, whatever the formula's width).

/** @param {{ properties?: { className?: unknown } }} node */
function classesOf(node) {
  const className = node.properties?.className
  return Array.isArray(className) ? className : []
}

/** @param {any} node */
function wrapFormula(node) {
  if (node.type === 'element' && classesOf(node).includes('katex-html')) {
    const tag = node.children.findIndex((child) => classesOf(child).includes('tag'))
    if (tag !== -1) {
      const formula = node.children.filter((child) => !classesOf(child).includes('tag'))
      node.children = [
        {
          type: 'element',
          tagName: 'span',
          properties: { className: ['katex-formula'] },
          children: formula,
        },
        node.children[tag],
      ]
    }
    return
  }
  for (const child of node.children ?? []) wrapFormula(child)
}

/** The plugin: `rehypePlugins: [rehypeKatex, rehypeEquationNumbers]`. */
export default function rehypeEquationNumbers() {
  return (tree) => wrapFormula(tree)
}
