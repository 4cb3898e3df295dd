import { mkdirSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { useBuiltSite } from './built-site.js'
import { crawl, FIGURE_SVG, type PageReport } from './site-crawler.js'

const artifacts = new URL('../artifacts/', import.meta.url).pathname
const CHAPTER = { en: '/chapter-3/linear-regression/', zh: '/zh-cn/chapter-3/linear-regression/' }

const site = useBuiltSite()
let reports: Map<string, PageReport>

/**
 * Opens each page in turn in one browser tab and returns what `find(arg)`, run in the page, reports
 * there, each finding prefixed by its page's path.
 */
async function findOnPages(
  paths: string[],
  find: (arg: string) => string[],
  arg: string,
  options: Parameters<Browser['newPage']>[0] = {},
): Promise<string[]> {
  const page = await site.browser.newPage(options)
  const found: string[] = []
  for (const path of paths) {
    await page.goto(site.origin + path)
    found.push(...(await page.evaluate(find, arg)).map((finding) => `${path}: ${finding}`))
  }
  await page.close()
  return found
}

beforeAll(async () => {
  reports = await crawl(site.browser, site.origin, ['/', '/zh-cn/'])
  mkdirSync(`${artifacts}pages`, { recursive: true })
}, 600_000)

describe('every page of the built site, in both locales', () => {
  it('reaches the chapter, getting started, guide, API reference, contributing and performance pages in both locales', () => {
    const paths = [...reports.keys()]
    for (const prefix of ['/', '/zh-cn/']) {
      for (const page of [
        'chapter-3/linear-regression/',
        'chapter-3/linear-regression-scratch/',
        'chapter-3/linear-regression-concise/',
        'getting-started/node/',
        'getting-started/vite/',
        'guides/data-at-scale/',
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

  it('prints every figure’s text at 11 CSS px or more on a 390 px phone, on every page with figures', async () => {
    const withFigures = [...reports.values()].filter((r) => r.figures > 0).map((r) => r.path)
    // 3.1, 3.2 and the softmax page, in both languages.
    expect(withFigures.length).toBeGreaterThanOrEqual(6)
    const tooSmall = await findOnPages(
      withFigures,
      (figureSvg) => {
        const small: string[] = []
        for (const svg of document.querySelectorAll<SVGSVGElement>(figureSvg)) {
          // The figure's scale on screen: its SVG units, shrunk or grown to the column.
          const scale = svg.getScreenCTM()?.a ?? 0
          for (const text of svg.querySelectorAll('text')) {
            const px = Number.parseFloat(getComputedStyle(text).fontSize) * scale
            if (px < 11 && text.textContent?.trim())
              small.push(`"${text.textContent}" ${px.toFixed(1)} px`)
          }
        }
        return small
      },
      FIGURE_SVG,
      { viewport: { width: 390, height: 900 } },
    )
    expect(tooSmall).toEqual([])
  })

  it('draws every figure on the page’s own background in the dark theme, never in a white card', async () => {
    const withFigures = [...reports.values()].filter((r) => r.figures > 0).map((r) => r.path)
    const white = await findOnPages(
      withFigures,
      (figureSvg) => {
        const cards: string[] = []
        for (const svg of document.querySelectorAll<SVGSVGElement>(figureSvg)) {
          const figure = svg.getBoundingClientRect()
          for (const rect of svg.querySelectorAll('rect')) {
            const box = rect.getBoundingClientRect()
            const covers = (box.width * box.height) / (figure.width * figure.height)
            const style = getComputedStyle(rect)
            if (covers > 0.8 && style.fill === 'rgb(255, 255, 255)' && style.fillOpacity !== '0') {
              cards.push(svg.querySelector('title')?.textContent ?? svg.className.baseVal)
            }
          }
        }
        return cards
      },
      FIGURE_SVG,
      { colorScheme: 'dark' },
    )
    expect(white).toEqual([])
  })

  it('prints no stray space in the Chinese text of any written Chinese page: between characters, next to full-width punctuation', async () => {
    const chinese = [...reports.keys()].filter(
      (p) => p.startsWith('/zh-cn/') && !p.includes('/api/'),
    )
    expect(chinese.length).toBeGreaterThanOrEqual(10)
    const stray = await findOnPages(
      chinese,
      () =>
        Array.from(
          document.querySelectorAll('.sl-markdown-content :is(p, li, td, summary)'),
          (block) =>
            // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point: a source line break shows as a space
            (block as HTMLElement).innerText.match(
              // Between two Chinese characters, after full-width punctuation, before "（".
              /.{0,6}(?:[\u4e00-\u9fff] +[\u4e00-\u9fff（]|[，。、；：！？）] +\S| +（).{0,6}/g,
            ) ?? [],
        ).flatMap((matches) => matches.map((context) => `“${context}”`)),
      '',
    )
    expect(stray).toEqual([])
  })

  it('shows a cell’s Chinese twin on the Chinese page: the network diagram names its rows in Chinese', async () => {
    const html = async (path: string) => (await fetch(site.origin + path)).text()
    const layerNames = (page: string) =>
      [...page.matchAll(/<text class="layer-label"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1])
    expect(layerNames(await html(CHAPTER.en))).toEqual(['Output layer', 'Input layer'])
    const zh = await html(CHAPTER.zh)
    expect(layerNames(zh)).toEqual(['输出层', '输入层'])
    expect(zh).toContain('network-diagram.zh-cn.ts')
  })

  it.each(Object.entries(CHAPTER))(
    'numbers and captions the %s chapter’s figures, the neuron among them, with links from the text',
    async (locale, path) => {
      const page = await site.browser.newPage()
      await page.goto(site.origin + path)
      const found = await page.evaluate(() => ({
        figures: Array.from(document.querySelectorAll('figure.numbered-figure'), (f) => ({
          id: f.id,
          caption: f.querySelector('figcaption')?.textContent?.trim() ?? '',
          neuron: f.querySelector('svg.neuron-figure') !== null,
        })),
        links: Array.from(document.querySelectorAll('a[href^="#fig-"]'), (a) =>
          a.getAttribute('href'),
        ),
      }))
      await page.close()
      const label = locale === 'zh' ? /^图3\.1\.(\d)\s/ : /^Fig\. 3\.1\.(\d)\s/
      expect(found.figures.length).toBeGreaterThanOrEqual(4)
      for (const [i, figure] of found.figures.entries()) {
        // Numbered in order of appearance, each anchored for links: Fig. 3.1.1 at #fig-3-1-1.
        expect(figure.caption).toMatch(label)
        expect(Number(label.exec(figure.caption)?.[1])).toBe(i + 1)
        expect(figure.id).toBe(`fig-3-1-${i + 1}`)
        expect(found.links).toContain(`#${figure.id}`)
      }
      expect(found.figures.filter((f) => f.neuron)).toHaveLength(1)
    },
  )

  it.each(
    [
      'chapter-3/linear-regression/',
      'chapter-3/linear-regression-scratch/',
      'models/softmax/',
    ].flatMap((p) => [`/${p}`, `/zh-cn/${p}`]),
  )('folds every exercise answer on %s, the cells that check it included', async (path) => {
    const page = await site.browser.newPage()
    await page.goto(site.origin + path)
    const found = await page.evaluate(() => ({
      // The page's own folds, not Starlight's (its sidebar groups are <details open>).
      answers: document.querySelectorAll('.sl-markdown-content details').length,
      open: document.querySelectorAll('.sl-markdown-content details[open]').length,
      unfoldedCells: Array.from(
        document.querySelectorAll<HTMLElement>('[data-cell^="exercise-"]'),
        (cell) => (cell.closest('details') ? '' : cell.dataset.cell),
      ).filter(Boolean),
    }))
    await page.close()
    expect(found.answers).toBeGreaterThanOrEqual(3)
    expect(found.open).toBe(0)
    expect(found.unfoldedCells).toEqual([])
  })

  it.each([
    '/zh-cn/',
    '/zh-cn/getting-started/node/',
    '/zh-cn/chapter-3/linear-regression/',
    '/zh-cn/chapter-3/linear-regression-scratch/',
    '/zh-cn/chapter-3/linear-regression-concise/',
    '/zh-cn/guides/data-at-scale/',
    '/zh-cn/models/softmax/',
  ])('shows Chinese comments in every code cell of the Chinese page %s', async (path) => {
    const page = await site.browser.newPage()
    await page.goto(site.origin + path)
    const comments = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.code-cell .ec-line'), (l) => l.textContent ?? '')
        .map((line) => /(?:^|\s)\/\/\s?(.*)$/.exec(line)?.[1])
        .filter((c): c is string => c !== undefined),
    )
    await page.close()
    expect(comments.length).toBeGreaterThan(0)
    // A comment is Chinese, or has no words at all (`// b = 0, 0.01, …, 4.4`).
    expect(comments.filter((c) => !/[\u4e00-\u9fff]/.test(c) && /[A-Za-z]{3,}/.test(c))).toEqual([])
  })

  it('takes screenshots of every page at desktop and phone widths, light and dark', async () => {
    // Every written page in both languages; of the 500 generated API pages, each package's overview
    // (in English) and one package and one class in Chinese, which share their layout with the rest.
    const api = /^(\/zh-cn)?\/api\//
    const shown = [...reports.keys()].filter(
      (path) =>
        !api.test(path) ||
        /^\/api\/[^/]+\/$/.test(path) ||
        path === '/zh-cn/api/models-linear/' ||
        /^(\/zh-cn)?\/api\/models-linear\/classes\/linearregression\/$/.test(path),
    )
    expect(shown.length).toBeGreaterThanOrEqual(20 + 12 + 3)
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const [device, width] of [
        ['desktop', 1280],
        ['phone', 390],
      ] as const) {
        const page = await site.browser.newPage({ viewport: { width, height: 900 }, colorScheme })
        for (const path of shown) {
          await page.goto(site.origin + path)
          // /zh-cn/chapter-3/linear-regression/ → zh-cn-chapter-3-linear-regression
          const name = path.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home'
          await page.screenshot({
            path: `${artifacts}pages/${name}-${device}-${colorScheme}.png`,
            fullPage: true,
          })
        }
        await page.close()
      }
    }
    // About 150 full-page screenshots: minutes on a busy 2-core machine, so a limit far above that.
  }, 1_800_000)
})
