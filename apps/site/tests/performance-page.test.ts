import { mkdirSync, readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { useBuiltSite } from './built-site.js'

const artifacts = new URL('../artifacts/', import.meta.url).pathname
// The committed results the page is built from: the page must show them as they are.
const results = JSON.parse(
  readFileSync(new URL('../../../bench/results/latest.json', import.meta.url), 'utf8'),
) as {
  records: {
    workload: string
    case: string
    key: string
    seconds?: { median: number }
    check?: { passed: boolean; vsReference: number }
  }[]
  targets: {
    workload: string
    case: string
    target: string
    measured: number | null
    met: boolean | null
  }[]
}

const PAGES = { en: '/performance/', 'zh-cn': '/zh-cn/performance/' }
type Locale = keyof typeof PAGES

const site = useBuiltSite()
let page: Page

/** The performance page in `locale`, at `width` CSS px. */
async function performancePage(
  locale: Locale,
  width = 1280,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<Page> {
  const opened = await site.browser.newPage({ viewport: { width, height: 900 }, colorScheme })
  await opened.goto(site.origin + PAGES[locale])
  return opened
}

beforeAll(async () => {
  page = await performancePage('en')
  mkdirSync(artifacts, { recursive: true })
})

/** The text of each row of the page's tables, cell by cell. */
const rows = () =>
  page.$$eval('.bench tr', (trs) =>
    trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')),
  )

describe('the performance page', () => {
  it('shows every benchmark record, in order, with its median and the verdict of its check', async () => {
    // Record rows are the ones headed by a key (d2l-ts@cpu); they follow the JSON's order.
    const recordRows = (await rows()).filter((cells) => cells[0]?.includes('@'))
    expect(recordRows.map((cells) => cells[0])).toEqual(results.records.map((r) => r.key))
    recordRows.forEach((cells, i) => {
      const record = results.records[i]!
      if (record.seconds) {
        // Shown with three decimals, or two significant digits below 0.01 s.
        const median = record.seconds.median
        expect(Math.abs(Number(cells[1]) - median)).toBeLessThanOrEqual(
          Math.max(5e-4, 0.05 * median),
        )
      }
      const check = record.check
      expect(cells.at(-1)).toBe(
        check ? `${check.passed ? 'ok' : 'failed'} (${check.vsReference.toExponential(1)})` : '',
      )
    })
  })

  it('shows every target under its workload and case, with its measure (errors in exponent form) and whether it was met', async () => {
    const table = await rows()
    for (const target of results.targets) {
      const row = table.find(
        (cells) =>
          cells[0] === `${target.workload} ${target.case}` && cells[1]?.startsWith(target.target),
      )
      expect(row, target.target).toBeDefined()
      if (target.measured !== null && target.measured < 0.01) {
        expect(row?.[3]).toBe(target.measured.toExponential(1))
      }
      expect(row?.[4]).toBe(target.met === null ? '—' : target.met ? '✓' : '✗')
    }
  })
})

/** The component's text outside code, one string per text node. */
const proseOf = (p: Page) =>
  p.$$eval('.bench', (benches) =>
    benches.flatMap((bench) => {
      const walker = document.createTreeWalker(bench, NodeFilter.SHOW_TEXT)
      const texts: string[] = []
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.parentElement?.closest('code, .sr-only')) texts.push(node.textContent ?? '')
      }
      return texts
    }),
  )

/**
 * An English word in running text: two or more lowercase letters standing alone. Names stay legal:
 * capitalised or upper-case ones (Node, DuckDB, SGD) and identifiers joined by digits, dots, dashes
 * or @ (float32, ml.js, tfjs-layers, d2l-ts@cpu, linux-x64); code is not prose.
 */
const ENGLISH_WORD = /(?<![\w.@/-])[a-z]{2,}(?![\w.@/-])/g

describe('the Chinese performance page', () => {
  it('writes no English word outside code and names', async () => {
    const zh = await performancePage('zh-cn')
    const english = (await proseOf(zh)).filter((text) => text.match(ENGLISH_WORD))
    expect(english).toEqual([])
    // The check can fail: the English page is full of such words.
    expect((await proseOf(page)).some((text) => text.match(ENGLISH_WORD))).toBe(true)
    await zh.close()
  })
})

describe.each(Object.keys(PAGES) as Locale[])('the performance page (%s)', (locale) => {
  it('shows no bar and no ratio for a record that was not timed, and no ratio as 0.00×', async () => {
    const opened = await performancePage(locale)
    const recordRows = await opened.$$eval('.bench tbody tr:has(th code)', (trs) =>
      trs.map((tr) => ({
        cells: [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? ''),
        bars: tr.querySelectorAll('.bar').length,
      })),
    )
    expect(recordRows).toHaveLength(results.records.length)
    results.records.forEach((record, i) => {
      const { cells, bars } = recordRows[i]!
      expect(cells[0]).toBe(record.key)
      if (record.seconds) {
        expect(bars, record.key).toBe(1)
        expect(cells[3]).toMatch(/^\d[\d.]*×$/)
        expect(cells[3]).not.toMatch(/^0\.00×$/)
      } else {
        // The reason alone, across the median, range and speed columns, with the limit it ran into.
        expect(bars, record.key).toBe(0)
        expect(cells, record.key).toHaveLength(3)
        expect(cells[1], record.key).toMatch(/\d+ (s|秒)/)
      }
    })
    await opened.close()
  })

  it('gives every workload table and the targets a heading with an id, listed in "On this page"', async () => {
    const opened = await performancePage(locale)
    const groups = [...new Set(results.records.map((r) => `${r.workload}|${r.case}`))]
    const headings = await opened.$$eval('.bench h2', (hs) =>
      hs.map((h) => ({ id: h.id, text: h.textContent?.trim() ?? '' })),
    )
    expect(headings).toHaveLength(groups.length + 1) // and the targets
    groups.forEach((group, i) => {
      const [workload, label] = group.split('|')
      expect(headings[i]?.text).toMatch(new RegExp(`^${workload} · .+ · ${label}$`))
    })
    const toc = await opened.$$eval('starlight-toc a', (links) =>
      links.map((a) => ({ href: a.getAttribute('href'), text: a.textContent?.trim() })),
    )
    for (const heading of headings) {
      expect(heading.id).toMatch(/^[a-z0-9-]+$/)
      expect(toc).toContainEqual({ href: `#${heading.id}`, text: heading.text })
      // An anchor a reader can copy: the link beside the heading, as on every other heading.
      expect(await opened.locator(`a.sl-anchor-link[href="#${heading.id}"]`).count()).toBe(1)
    }
    await opened.close()
  })

  it.each([390, 1280])(
    'at %i px clips nothing and keeps every required value on one line',
    async (width) => {
      const phone = await performancePage(locale, width)
      const overflow = await phone.evaluate(() => {
        // What a reader could miss: a box that scrolls or cuts off its content (a table, the .bench
        // itself), or a cell whose text runs out of it; the visually hidden (1 px) boxes are not shown.
        const cells = [...document.querySelectorAll('.bench :is(th, td)')]
        const boxes = [...document.querySelectorAll('.bench, .bench *')].filter(
          (e) => getComputedStyle(e).overflowX !== 'visible',
        )
        const clipped = [...boxes, ...cells]
          .filter((e) => e.clientWidth > 1 && e.scrollWidth > e.clientWidth + 1)
          .map(
            (e) =>
              `${e.tagName} ${e.textContent?.slice(0, 40)}: ${e.scrollWidth} > ${e.clientWidth}`,
          )
        const outside = cells
          .filter((cell) => {
            const box = cell.getBoundingClientRect()
            return box.width > 0 && (box.left < 0 || box.right > window.innerWidth)
          })
          .map((cell) => cell.textContent)
        return { page: document.documentElement.scrollWidth, clipped, outside }
      })
      expect(overflow).toEqual({ page: width, clipped: [], outside: [] })
      const lineCounts = await phone.$$eval('.bench [data-column="required"]', (cells) =>
        cells.map((cell) => {
          const range = document.createRange()
          range.selectNodeContents(cell)
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size
        }),
      )
      expect(lineCounts).toHaveLength(results.targets.length)
      expect(lineCounts.every((lines) => lines === 1)).toBe(true)
      await phone.close()
    },
  )

  it('takes screenshots: desktop and phone, light and dark', async () => {
    for (const width of [1280, 390]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const opened = await performancePage(locale, width, colorScheme)
        await opened.screenshot({
          path: `${artifacts}performance-${locale}-${width}-${colorScheme}.png`,
          fullPage: true,
        })
        await opened.close()
      }
    }
  })
})
