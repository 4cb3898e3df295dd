// The Models group of the sidebar: one page per model package, docs/content/models/<name>.mdx (what
// `pnpm new:model` writes), in the order of their `sidebar.order` and then by name.
import { readdirSync, readFileSync } from 'node:fs'

const MODELS_DIR = new URL('../../../docs/content/models/', import.meta.url)

/** The slugs of the model pages, e.g. `['models/softmax']`. */
export function modelPages() {
  return readdirSync(MODELS_DIR)
    .filter((file) => /^[^_].*\.mdx?$/.test(file))
    .map((file) => {
      const order = /^\s+order:\s*(\d+)/m.exec(readFileSync(new URL(file, MODELS_DIR), 'utf8'))
      return {
        slug: `models/${file.replace(/\.mdx?$/, '')}`,
        order: order ? Number(order[1]) : Infinity,
      }
    })
    .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug))
    .map((page) => page.slug)
}
