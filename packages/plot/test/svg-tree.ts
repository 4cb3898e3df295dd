// Test support: parses the SVG strings the package writes with a strict XML parser (so that a badly
// escaped label fails the test) and reads back what the figures draw.
import { XMLParser, XMLValidator } from 'fast-xml-parser'

/** One element of a parsed SVG. */
export interface SvgNode {
  tag: string
  attrs: Record<string, string>
  children: SvgNode[]
  /** The element's own character data (not its descendants'). */
  text: string
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  preserveOrder: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
})

type Raw = Record<string, unknown>

function convert(raw: Raw): SvgNode | undefined {
  const tag = Object.keys(raw).find((k) => k !== ':@' && k !== '#text')
  if (tag === undefined) return undefined
  const rawChildren = (raw[tag] as Raw[]) ?? []
  const node: SvgNode = {
    tag,
    attrs: { ...((raw[':@'] as Record<string, string>) ?? {}) },
    children: [],
    text: '',
  }
  for (const child of rawChildren) {
    if ('#text' in child) node.text += String(child['#text'])
    else {
      const converted = convert(child)
      if (converted) node.children.push(converted)
    }
  }
  return node
}

/** Parses an SVG document; throws when it is not well-formed XML or not one <svg> element. */
export function parseSvg(svg: string): SvgNode {
  const valid = XMLValidator.validate(svg)
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`)
  const roots = (parser.parse(svg) as Raw[]).map(convert).filter((n) => n !== undefined)
  const [root] = roots
  if (roots.length !== 1 || !root || root.tag !== 'svg') throw new Error('expected one <svg> root')
  return root
}

/** Every element under `node` (itself included) that matches. */
export function findAll(node: SvgNode, match: (n: SvgNode) => boolean): SvgNode[] {
  const out: SvgNode[] = []
  const visit = (n: SvgNode) => {
    if (match(n)) out.push(n)
    for (const c of n.children) visit(c)
  }
  visit(node)
  return out
}

/** Every element with the given tag and, optionally, class. */
export function byTag(node: SvgNode, tag: string, cls?: string): SvgNode[] {
  return findAll(node, (n) => n.tag === tag && (cls === undefined || n.attrs.class === cls))
}

/** The one element with this class; throws unless there is exactly one. */
export function one(node: SvgNode, cls: string): SvgNode {
  const found = findAll(node, (n) => n.attrs.class === cls)
  if (found.length !== 1) throw new Error(`expected one .${cls}, found ${found.length}`)
  return found[0] as SvgNode
}

/** A numeric attribute. */
export function attr(node: SvgNode, name: string): number {
  const value = node.attrs[name]
  if (value === undefined) throw new Error(`<${node.tag}> has no ${name}`)
  return Number(value)
}

/** The text of a node and its descendants. */
export function textOf(node: SvgNode): string {
  return node.text + node.children.map(textOf).join('')
}

/**
 * The subpaths of a path made of absolute M and L commands (what d3's line() writes; it closes a
 * lone point with Z), as point lists. Throws on any other command, so that a change of path format
 * cannot go unnoticed.
 */
export function subpaths(d: string): [number, number][][] {
  const out: [number, number][][] = []
  const re = /([ML])(-?[\d.e+-]+),(-?[\d.e+-]+)|Z/y
  let consumed = 0
  for (let match = re.exec(d); match; match = re.exec(d)) {
    const [, cmd, x, y] = match
    if (cmd === 'M') out.push([])
    if (cmd) out[out.length - 1]?.push([Number(x), Number(y)])
    consumed = re.lastIndex
  }
  if (consumed !== d.length) {
    throw new Error(`unexpected path data at ${consumed}: ${d.slice(consumed, consumed + 20)}`)
  }
  return out
}

/** The translate(x,y) of a transform attribute. */
export function translation(node: SvgNode): [number, number] {
  const m = /translate\((-?[\d.e+-]+)[ ,](-?[\d.e+-]+)\)/.exec(node.attrs.transform ?? '')
  if (!m) throw new Error(`no translate() in ${node.attrs.transform}`)
  return [Number(m[1]), Number(m[2])]
}
