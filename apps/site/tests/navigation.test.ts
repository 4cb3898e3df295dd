import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useBuiltSite } from './built-site.js'

// The book's order, written here as the truth the rendered site must follow (not read from the
// config): the pages before the API reference, then the API reference, then the pages after it.
const BEFORE_API = [
  '',
  'getting-started/node/',
  'getting-started/vite/',
  'chapter-3/linear-regression/',
  'chapter-3/linear-regression-scratch/',
  'chapter-3/linear-regression-concise/',
  'models/softmax/',
  'guides/data-at-scale/',
]
const AFTER_API = ['performance/', 'contributing/']
const LOCALES = { en: '/', zh: '/zh-cn/' }

const site = useBuiltSite()

/** The sidebar's links in the order they are drawn, and the page's previous and next links. */
async function navigationOf(page: Page, path: string) {
  await page.goto(site.origin + path, { waitUntil: 'domcontentloaded' })
  return page.evaluate(() => {
    const path = (a: Element | null) => (a ? new URL((a as HTMLAnchorElement).href).pathname : null)
    return {
      sidebar: Array.from(
        document.querySelectorAll('#starlight__sidebar ul.top-level a[href]'),
        (a) => path(a),
      ),
      prev: path(document.querySelector('.pagination-links a[rel="prev"]')),
      next: path(document.querySelector('.pagination-links a[rel="next"]')),
    }
  })
}

describe.each(Object.entries(LOCALES))('the %s sidebar and prev/next links', (_, prefix) => {
  it('list every page in the book’s order, and prev/next walk that order page by page', async () => {
    const page = await site.browser.newPage()
    // Home is a splash page, drawn without a sidebar: read the sidebar on the chapter's first page.
    const { sidebar } = await navigationOf(page, `${prefix}chapter-3/linear-regression/`)
    const isApi = (p: string | null) => p?.startsWith(`${prefix}api/`) ?? false
    const firstApi = sidebar.findIndex(isApi)
    const api = sidebar.filter(isApi)
    // The API reference is one block, between the book's pages and Performance.
    expect(api.length).toBeGreaterThan(10)
    expect(sidebar.slice(firstApi, firstApi + api.length)).toEqual(api)
    expect(sidebar.filter((p) => !isApi(p))).toEqual(
      [...BEFORE_API, ...AFTER_API].map((p) => prefix + p),
    )
    expect(firstApi).toBe(BEFORE_API.length)

    // prev/next walk the book's pages one by one and step over the API reference, which is for
    // looking things up; its pages have no prev/next of their own.
    const book = sidebar.filter((p) => !isApi(p)) as string[]
    const problems: string[] = []
    for (const [i, path] of book.entries()) {
      const found = await navigationOf(page, path)
      if (path === prefix) {
        // The splash page has neither sidebar nor prev/next; the page after it links back to it.
        expect(found.sidebar).toEqual([])
        continue
      }
      const expected = { prev: book[i - 1] ?? null, next: book[i + 1] ?? null }
      if (found.prev !== expected.prev || found.next !== expected.next) {
        problems.push(
          `${path}: prev ${found.prev}, next ${found.next}; expected ${JSON.stringify(expected)}`,
        )
      }
      // Every page draws the same sidebar.
      if (found.sidebar.join() !== sidebar.join()) problems.push(`${path}: a different sidebar`)
    }
    for (const path of [api[0], api.at(-1)] as string[]) {
      const found = await navigationOf(page, path)
      if (found.prev !== null || found.next !== null) problems.push(`${path}: has prev/next`)
      if (found.sidebar.join() !== sidebar.join()) problems.push(`${path}: a different sidebar`)
    }
    expect(problems).toEqual([])
    await page.close()
  })
})
