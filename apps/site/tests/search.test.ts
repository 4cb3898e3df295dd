import { describe, expect, it } from 'vitest'
import { useBuiltSite } from './built-site.js'

const site = useBuiltSite()

/** The part of pagefind's browser API the test uses. */
interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>
}
interface PagefindResult {
  url: string
  /** The page's whole indexed text. */
  content: string
}

/** What the site's search (pagefind, as Starlight's search box calls it) indexed for a page. */
async function indexedText(path: string, query: string): Promise<string | undefined> {
  const page = await site.browser.newPage()
  await page.goto(site.origin + path)
  // Loaded by a module script of the page: vitest would rewrite an import() written in this file.
  await page.addScriptTag({
    type: 'module',
    content: "window.pagefind = await import('/pagefind/pagefind.js')",
  })
  await page.waitForFunction(() => 'pagefind' in window)
  const content = await page.evaluate(
    async ({ query, path }) => {
      const { pagefind } = window as unknown as { pagefind: Pagefind }
      const { results } = await pagefind.search(query)
      const found = await Promise.all(results.map((r) => r.data()))
      return found.find((d) => d.url === path)?.content
    },
    { query, path },
  )
  await page.close()
  return content
}

describe('search', () => {
  it.each([
    ['/chapter-3/linear-regression/', 'learning rate'],
    ['/zh-cn/chapter-3/linear-regression/', '学习率'],
  ])('indexes each formula of %s once, as the reader sees it', async (path, query) => {
    const text = await indexedText(path, query)
    expect(text).toBeDefined()
    // The learning rate's symbol, written $\eta$ in the page's source, is indexed as the reader sees it…
    expect(text).toContain('η')
    // …and only so: neither KaTeX's TeX annotation (commands the page's formulas use) nor its MathML
    // copy (ηη) with it.
    const tex = /\\(?:eta|mathbf|mathcal|frac|sum|top|hat|sigma|exp|partial|operatorname)\b|ηη/g
    expect(text?.match(tex) ?? []).toEqual([])
  })
})
