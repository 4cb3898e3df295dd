import { describe, expect, it } from 'vitest'
import { useBuiltSite } from './built-site.js'

const CHAPTER_PAGES = [
  'chapter-3/linear-regression/',
  'chapter-3/linear-regression-scratch/',
  'chapter-3/linear-regression-concise/',
].flatMap((p) => [`/${p}`, `/zh-cn/${p}`])

const site = useBuiltSite()

/** Every numbered display equation: its number, and the gap from its formula to the number's box. */
async function numberedDisplays(width: number, path: string) {
  const page = await site.browser.newPage({ viewport: { width, height: 900 } })
  await page.goto(site.origin + path, { waitUntil: 'load' })
  const result = await page.evaluate(() => {
    const displays = Array.from(document.querySelectorAll('.katex-display .katex-html')).filter(
      (html) => html.querySelector(':scope > .tag'),
    )
    return {
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      displays: displays.map((html) => {
        const tag = (html.querySelector(':scope > .tag') as HTMLElement).getBoundingClientRect()
        const parts = ':scope > .base, :scope > .katex-formula > .base'
        const formula = Array.from(html.querySelectorAll(parts), (b) => b.getBoundingClientRect())
        // How far the number's box keeps from each part of the formula, side by side and one above
        // the other; negative in both means they overlap.
        const clearance = formula.map((f) => ({
          across: Math.max(tag.left - f.right, f.left - tag.right),
          down: Math.max(tag.top - f.bottom, f.top - tag.bottom),
        }))
        // Clear: beside every part (the tests ask for a few px), or on a line of its own (a number
        // that wrapped below its formula may touch the line above, within half a pixel).
        const gap = Math.min(...clearance.map((c) => (c.down >= -0.5 ? Infinity : c.across)))
        return { number: html.querySelector(':scope > .tag')?.textContent ?? '', gap }
      }),
    }
  })
  await page.close()
  return result
}

describe('numbered equations', () => {
  it.each(CHAPTER_PAGES)(
    'at 390 px on %s: no number over its formula, no sideways overflow',
    async (path) => {
      const { overflow, displays } = await numberedDisplays(390, path)
      expect(displays.length).toBeGreaterThan(0)
      expect(overflow).toBeLessThanOrEqual(0)
      expect(
        displays.filter((d) => d.gap < 2).map((d) => `${d.number}: gap ${d.gap.toFixed(1)} px`),
      ).toEqual([])
    },
  )

  it.each(['/chapter-3/linear-regression/', '/zh-cn/chapter-3/linear-regression/'])(
    'on a desktop (%s), every number keeps clear of its formula, (3.1.15)’s bracket included',
    async (path) => {
      const { displays } = await numberedDisplays(1280, path)
      expect(displays.map((d) => d.number)).toContain('(3.1.15)')
      expect(
        displays.filter((d) => d.gap < 8).map((d) => `${d.number}: gap ${d.gap.toFixed(1)} px`),
      ).toEqual([])
    },
  )
})

describe('inline formulas', () => {
  it.each([...CHAPTER_PAGES, '/models/softmax/', '/zh-cn/models/softmax/'])(
    'at 390 px on %s: no punctuation that follows a formula starts a line',
    async (path) => {
      const page = await site.browser.newPage({ viewport: { width: 390, height: 900 } })
      await page.goto(site.origin + path, { waitUntil: 'load' })
      const stranded = await page.evaluate(() => {
        const found: string[] = []
        for (const math of document.querySelectorAll('.sl-markdown-content .katex')) {
          if (math.closest('.katex-display')) continue
          // The first character after the formula in reading order, where it is punctuation.
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
          walker.currentNode = math.lastChild ?? math
          let next = walker.nextNode()
          while (next && math.contains(next)) next = walker.nextNode()
          if (!next || !/^[、。）！，：；？.,;:!?)]/.test(next.textContent ?? '')) continue
          const range = document.createRange()
          range.setStart(next, 0)
          range.setEnd(next, 1)
          const mark = range.getBoundingClientRect()
          const formula = math.getClientRects()
          const last = formula[formula.length - 1]
          // On the formula's last line, the mark's middle lies between that line's top and bottom.
          const middle = (mark.top + mark.bottom) / 2
          if (!last || middle < last.top || middle > last.bottom) {
            found.push(`${math.textContent?.slice(-12)}|${next.textContent?.slice(0, 6)}`)
          }
        }
        return found
      })
      await page.close()
      expect(stranded).toEqual([])
    },
  )
})
