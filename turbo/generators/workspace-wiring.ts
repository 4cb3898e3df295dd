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

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
