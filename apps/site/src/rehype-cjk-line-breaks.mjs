// A rehype plugin: a source line broken between two Chinese characters renders as a space in every
// browser ("回答这类 问题"), because none applies CSS Text's rule that such a line break vanishes
// between wide characters. This applies it at build time, so that Chinese paragraphs can be wrapped
// in the MDX source like English ones. It goes one step further for full-width punctuation, which
// carries its own space: a break next to "。" or "（" vanishes whatever is on its other side
// ("为 1。\nsoftmax" reads "为 1。softmax"). Breaks inside a text and where a text meets an element
// ("参见\n" then a link) are both handled; code keeps its line breaks.

// East Asian wide characters: CJK punctuation, kana, ideographs (with extension A), full-width forms.
const WIDE = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/
// Full-width punctuation that ends a clause or closes, and that opens.
const CLOSING = /[、。〉》」』】〕）！，：；？]/
const OPENING = /[〈《「『【〔（]/
const BREAK = /[ \t]*\n[ \t]*/g
const KEEP = new Set(['pre', 'code', 'script', 'style', 'textarea'])

/** Whether a line break between these two characters disappears. */
function joins(before, after) {
  return (WIDE.test(before) && WIDE.test(after)) || CLOSING.test(before) || OPENING.test(after)
}

/** @param {any} node */
const isKept = (node) => node.type === 'element' && KEEP.has(node.tagName)

/**
 * The first (or last) text node inside `node`, or undefined; one inside code only `toRead`, since a
 * neighbour's code decides whether a break goes but is never changed.
 */
function edgeText(node, last, toRead = false) {
  if (node.type === 'text') return node
  if ((isKept(node) && !toRead) || !node.children?.length) return undefined
  return edgeText(last ? node.children.at(-1) : node.children[0], last, toRead)
}

/** @param {any} node */
function joinLines(node) {
  if (node.type === 'text') {
    node.value = node.value.replace(BREAK, (space, at, value) => {
      const [before, after] = [value[at - 1], value[at + space.length]]
      return before && after && joins(before, after) ? '' : space
    })
    return
  }
  if (isKept(node)) return
  const children = node.children ?? []
  for (const child of children) joinLines(child)
  // Across a boundary: a text ending in a line break before an element, or an element before a text
  // starting with one.
  for (let i = 1; i < children.length; i++) {
    const before = edgeText(children[i - 1], true)
    const after = edgeText(children[i], false)
    const nextChar = edgeText(children[i], false, true)?.value[0]
    const previousChar = edgeText(children[i - 1], true, true)?.value.at(-1)
    const trailing = before && /[ \t]*\n[ \t]*$/.exec(before.value)
    const leading = after && /^[ \t]*\n[ \t]*/.exec(after.value)
    if (trailing && trailing.index > 0 && nextChar) {
      if (joins(before.value[trailing.index - 1], nextChar)) {
        before.value = before.value.slice(0, trailing.index)
      }
    } else if (leading && previousChar && after.value.length > leading[0].length) {
      if (joins(previousChar, after.value[leading[0].length])) {
        after.value = after.value.slice(leading[0].length)
      }
    }
  }
}

/** The plugin: `rehypePlugins: [rehypeCjkLineBreaks]`. */
export default function rehypeCjkLineBreaks() {
  return (tree) => joinLines(tree)
}
