// Edits that wire a new model package into files the workspace already has. Each takes the file's
// text and returns the new text; the generator's `modify` actions insert, these put things in order.

/** One `{ name: '@d2l-ts/models-…', … },` entry with the line break and indentation before it. */
const MODEL_ENTRY = /\n([ \t]*)(\{[^{}]*'@d2l-ts\/models-([^']+)'[^{}]*\}),/g

/**
 * Keeps the model packages of apps/site/src/api-packages.mjs together and in alphabetical order,
 * where the first of them stood: the API reference's sidebar lists the packages in this order.
 */
export function sortModelEntries(text: string): string {
  const found = [...text.matchAll(MODEL_ENTRY)]
  const first = found[0]
  if (!first) return text
  const block = found
    .sort((a, b) => byCodePoint(a[3] ?? '', b[3] ?? ''))
    .map((entry) => `\n${first[1]}${entry[2]},`)
    .join('')
  // Every entry starts at or after the first one, so removing them leaves the text before it alone.
  const rest = text.replace(MODEL_ENTRY, '')
  return rest.slice(0, first.index) + block + rest.slice(first.index)
}

/** Sorts the `dependencies` of a package.json text by name, as pnpm writes them. */
export function sortDependencies(text: string): string {
  const manifest = JSON.parse(text) as { dependencies?: Record<string, string> }
  if (manifest.dependencies) {
    manifest.dependencies = Object.fromEntries(
      Object.entries(manifest.dependencies).sort(([a], [b]) => byCodePoint(a, b)),
    )
  }
  return `${JSON.stringify(manifest, null, 2)}\n`
}

/**
 * Sorts the entries of the multi-line array or object literal whose first line ends with `opening`,
 * by the first quoted name in each: the live cells' lists in apps/site (cell-imports.ts,
 * cell-modules.ts) keep the packages in alphabetical order. An entry that Biome spread over several
 * lines (its later lines indented deeper than its first) moves whole. Throws when there is no such
 * literal, so that a list that was renamed or reshaped stops the generator instead of being missed.
 */
export function sortListEntries(text: string, opening: string): string {
  const at = text.indexOf(`${opening}\n`)
  if (at < 0) throw new Error(`no list opened by ${JSON.stringify(opening)} to add the model to`)
  const indent = leadingSpace(text.slice(text.lastIndexOf('\n', at) + 1))
  const closing = `\n${indent}${opening.endsWith('[') ? ']' : '}'}`
  const bodyStart = at + opening.length + 1
  const bodyEnd = text.indexOf(closing, bodyStart - 1)
  if (bodyEnd < bodyStart) return text // an empty list, or one never closed: nothing to sort
  const lines = text.slice(bodyStart, bodyEnd).split('\n')
  const entryIndent = leadingSpace(lines[0] ?? '').length
  const entries: string[][] = []
  for (const line of lines) {
    const entry = entries.at(-1)
    if (entry && leadingSpace(line).length > entryIndent) entry.push(line)
    else entries.push([line])
  }
  const nameOf = (entry: string[]) => /'([^']*)'/.exec(entry[0] ?? '')?.[1] ?? ''
  const sorted = entries.sort((a, b) => byCodePoint(nameOf(a), nameOf(b))).flat()
  return text.slice(0, bodyStart) + sorted.join('\n') + text.slice(bodyEnd)
}

function leadingSpace(line: string): string {
  return /^[ \t]*/.exec(line)?.[0] ?? ''
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
