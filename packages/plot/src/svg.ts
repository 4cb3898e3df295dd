/** Escapes text for use in SVG/XML character data and in double-quoted attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** An attribute value; `undefined`, `null` and `false` leave the attribute out. */
export type AttributeValue = string | number | boolean | undefined | null

/**
 * Rounds a coordinate to at most two decimals and drops trailing zeros: a hundredth of a point is far
 * below what any screen or printer shows, and keeps the SVG small.
 */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100
  // Avoid '-0', which is valid but noisy.
  return String(Object.is(rounded, -0) ? 0 : rounded)
}

function attributes(attrs: Readonly<Record<string, AttributeValue>>): string {
  let out = ''
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue
    const text = typeof value === 'number' ? num(value) : value === true ? name : value
    out += ` ${name}="${escapeXml(text)}"`
  }
  return out
}

/**
 * Writes one SVG element. `children` are already-written elements (joined as they are) or, when
 * `text` is given instead, character data that is escaped here.
 */
export function element(
  tag: string,
  attrs: Readonly<Record<string, AttributeValue>> = {},
  children: readonly string[] = [],
): string {
  const open = `<${tag}${attributes(attrs)}`
  return children.length === 0 ? `${open}/>` : `${open}>${children.join('')}</${tag}>`
}

/** Writes one element whose content is the given text, escaped. */
export function textElement(
  tag: string,
  attrs: Readonly<Record<string, AttributeValue>>,
  text: string,
): string {
  return `<${tag}${attributes(attrs)}>${escapeXml(text)}</${tag}>`
}
