import type { Browser, Page } from 'playwright-core'

/** A figure of a page: a code cell's drawing or a static numbered figure (not the plots nested in it). */
export const FIGURE_SVG = ':is(.code-cell-figure, .numbered-figure-body) > svg'

/** What one visit to a page found. */
export interface PageReport {
  path: string
  status: number
  problems: string[]
  /** Internal links on the page, as root-relative paths without hash or query. */
  links: string[]
  katex: number
  katexErrors: number
  figures: number
}

/**
 * Opens a page and records console errors, page errors, failed requests and error responses while
 * it loads, and what it contains.
 */
export async function visit(page: Page, origin: string, path: string): Promise<PageReport> {
  const problems: string[] = []
  const onConsole = (m: { type(): string; text(): string }) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`)
  }
  const onPageError = (e: Error) => problems.push(`page error: ${e.message}`)
  // ERR_ABORTED is the crawler itself leaving the page while a request is in flight, not a failure.
  const onFailed = (r: { url(): string; failure(): { errorText: string } | null }) => {
    const reason = r.failure()?.errorText
    if (reason !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.url()} (${reason})`)
  }
  const onResponse = (r: { url(): string; status(): number }) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`)
  }
  page.on('console', onConsole)
  page.on('pageerror', onPageError)
  page.on('requestfailed', onFailed)
  page.on('response', onResponse)
  try {
    const response = await page.goto(origin + path, { waitUntil: 'load' })
    const found = await page.evaluate(
      (figureSvg) => ({
        links: Array.from(
          document.querySelectorAll('a[href]'),
          (a) => (a as HTMLAnchorElement).href,
        ),
        katex: document.querySelectorAll('.katex').length,
        katexErrors: document.querySelectorAll('.katex-error').length,
        figures: document.querySelectorAll(figureSvg).length,
      }),
      FIGURE_SVG,
    )
    const links = found.links
      .map((href) => new URL(href))
      .filter((url) => url.origin === origin)
      .map((url) => url.pathname)
    return { path, status: response?.status() ?? 0, problems, ...found, links: [...new Set(links)] }
  } finally {
    page.off('console', onConsole)
    page.off('pageerror', onPageError)
    page.off('requestfailed', onFailed)
    page.off('response', onResponse)
  }
}

/** Visits every page reachable by internal links from `starts`, a few at a time. */
export async function crawl(
  browser: Browser,
  origin: string,
  starts: string[],
  concurrency = 3,
): Promise<Map<string, PageReport>> {
  const reports = new Map<string, PageReport>()
  const queue = [...starts]
  const seen = new Set(starts)
  const worker = async () => {
    const page = await browser.newPage()
    try {
      while (queue.length > 0) {
        const path = queue.shift() as string
        const report = await visit(page, origin, path)
        reports.set(path, report)
        for (const link of report.links) {
          if (!seen.has(link) && isPage(link)) {
            seen.add(link)
            queue.push(link)
          }
        }
      }
    } finally {
      await page.close()
    }
  }
  // Workers start together; a worker that finds the queue empty while others still add to it would
  // stop early, so loop until no new pages appear.
  let before = -1
  while (reports.size !== before || queue.length > 0) {
    before = reports.size
    await Promise.all(Array.from({ length: concurrency }, worker))
  }
  return reports
}

/** Pages are paths ending in `/`; assets (sitemaps, images, .svg, .xml) are checked as requests. */
function isPage(path: string): boolean {
  return path.endsWith('/')
}
