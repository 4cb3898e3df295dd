import { mkdirSync } from 'node:fs'
import { launchChromium } from '@d2l-ts/e2e/chromium'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { servePreview } from './preview-server.js'
import { crawl, type PageReport } from './site-crawler.js'

const artifacts = new URL('../artifacts/', import.meta.url).pathname
const CHAPTER = { en: '/chapter-3/linear-regression/', zh: '/zh-cn/chapter-3/linear-regression/' }

let browser: Browser
let site: Awaited<ReturnType<typeof servePreview>>
let reports: Map<string, PageReport>

beforeAll(async () => {
  site = await servePreview()
  browser = await launchChromium()
  reports = await crawl(browser, site.origin, ['/', '/zh-cn/'])
  mkdirSync(artifacts, { recursive: true })
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

describe('every page of the built site, in both locales', () => {
  it('reaches the chapter, getting started, API reference, contributing and performance pages in both locales', () => {
    const paths = [...reports.keys()]
    for (const prefix of ['/', '/zh-cn/']) {
      for (const page of [
        'chapter-3/linear-regression/',
        'getting-started/node/',
        'getting-started/vite/',
        'api/models-linear/',
        'api/tensor/',
        'contributing/',
        'performance/',
      ]) {
        expect(paths).toContain(prefix + page)
      }
    }
    expect(paths.length).toBeGreaterThan(40)
  })

  it('loads without console errors, page errors or failed requests', () => {
    const failures = [...reports.values()].flatMap((r) => r.problems.map((p) => `${r.path}: ${p}`))
    expect(failures).toEqual([])
  })

  it('has no broken internal links', () => {
    const broken = [...reports.values()]
      .filter((r) => r.status !== 200)
      .map((r) => `${r.path} answered ${r.status}`)
    expect(broken).toEqual([])
  })

  it.each(Object.entries(CHAPTER))(
    'typesets every formula of the %s chapter with KaTeX and shows the build-time figures',
    (_, path) => {
      const chapter = reports.get(path)
      expect(chapter).toBeDefined()
      // CHAPTER.md lists 22 formulas for 3.1; inline symbols come on top of them.
      expect(chapter?.katex).toBeGreaterThanOrEqual(22)
      expect(chapter?.katexErrors).toBe(0)
      // normal curves, loss figure, loss curve, likelihood curves, network diagram at least
      expect(chapter?.figures).toBeGreaterThanOrEqual(5)
    },
  )

  it('shows a cell’s Chinese twin on the Chinese page: the network diagram names its rows in Chinese', async () => {
    const html = async (path: string) => (await fetch(site.origin + path)).text()
    const layerNames = (page: string) =>
      [...page.matchAll(/<text class="layer-label"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1])
    expect(layerNames(await html(CHAPTER.en))).toEqual(['Output layer', 'Input layer'])
    const zh = await html(CHAPTER.zh)
    expect(layerNames(zh)).toEqual(['输出层', '输入层'])
    expect(zh).toContain('network-diagram.zh-cn.ts')
  })

  it('takes screenshots of both chapter pages', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    for (const [locale, path] of Object.entries(CHAPTER)) {
      await page.goto(site.origin + path)
      await page.screenshot({ path: `${artifacts}chapter-${locale}.png` })
    }
    await page.close()
  })
})
