import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { useBuiltSite } from './built-site.js'
import { CHAPTER, demo, HIDE_HEADER, openPage } from './demo-page.js'

const artifacts = new URL('../artifacts/', import.meta.url).pathname
const DEMOS = ['closed-form', 'sgd-trainer', 'vectorization', 'normal']
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

/** The part of axe-core's API the test uses (the script is injected into the page). */
interface Axe {
  run(context: Element): Promise<{ violations: { id: string; impact: string }[] }>
}

const site = useBuiltSite()
const problems: string[] = []

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true })
})

/** Opens the chapter and scrolls every demo into view, waiting until each has drawn its plots. */
async function chapterWithDemos(
  locale: keyof typeof CHAPTER,
  width: number,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<Page> {
  const page = await openPage(site.browser, site.origin + CHAPTER[locale], problems, {
    width,
    colorScheme,
  })
  for (const name of DEMOS) {
    const island = await demo(page, name)
    const plots = island.locator('.d2l-demo-plot')
    for (const plot of await plots.all()) {
      await expect.poll(() => plot.locator(':scope > svg').count(), { timeout: 60_000 }).toBe(1)
    }
  }
  return page
}

describe('the demos’ figures are legible on a phone and in Chinese', () => {
  it.each(Object.keys(CHAPTER) as (keyof typeof CHAPTER)[])(
    'at 390 px (%s), plot text is at least 11 CSS px, legends sit outside the plots, nothing overflows',
    async (locale) => {
      const page = await chapterWithDemos(locale, 390)
      const found = await page.evaluate(() => {
        const sizes: number[] = []
        for (const svg of document.querySelectorAll<SVGSVGElement>('.d2l-demo-plot > svg')) {
          const scale = svg.getScreenCTM()?.a ?? 0
          for (const text of svg.querySelectorAll('text')) {
            sizes.push(Number.parseFloat(getComputedStyle(text).fontSize) * scale)
          }
        }
        return {
          plots: document.querySelectorAll('.d2l-demo-plot > svg').length,
          smallest: Math.min(...sizes),
          legendsInside: document.querySelectorAll('.d2l-demo-plot svg .legend').length,
          legendsOutside: document.querySelectorAll('.d2l-demo-legend').length,
          overflowing: Array.from(document.querySelectorAll<HTMLElement>('.d2l-demo'))
            .filter((d) => d.scrollWidth > d.clientWidth + 1)
            .map((d) => d.dataset.demo),
          pageOverflow: document.documentElement.scrollWidth > window.innerWidth,
        }
      })
      expect(found.plots).toBe(5)
      expect(found.smallest).toBeGreaterThanOrEqual(11)
      expect(found.legendsInside).toBe(0)
      expect(found.legendsOutside).toBe(5)
      expect(found.overflowing).toEqual([])
      expect(found.pageOverflow).toBe(false)
      await page.close()
    },
  )

  it.each(Object.keys(CHAPTER) as (keyof typeof CHAPTER)[])(
    'the demos, once loaded and drawn (%s), have no serious or critical accessibility violations (axe-core)',
    async (locale) => {
      const page = await chapterWithDemos(locale, 1280, 'dark')
      await page.addScriptTag({ content: axeSource })
      const violations = await page.evaluate(async () => {
        const { axe } = window as unknown as { axe: Axe }
        const found: { id: string; impact: string }[] = []
        for (const demo of document.querySelectorAll('[data-demo]')) {
          found.push(...(await axe.run(demo)).violations)
        }
        return found.map(({ id, impact }) => ({ id, impact }))
      })
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual(
        [],
      )
      await page.close()
    },
  )

  it('on the Chinese page, every legend label of the chapter’s figures fits inside its box', async () => {
    const page = await openPage(site.browser, site.origin + CHAPTER.zh, problems)
    const clipped = await page.evaluate(() =>
      Array.from(document.querySelectorAll('svg .legend')).flatMap((legend) => {
        const box = (legend.querySelector(':scope > rect') as SVGRectElement).getBBox()
        return Array.from(legend.querySelectorAll('text'))
          .filter((text) => {
            const label = text.getBBox()
            return label.x + label.width > box.x + box.width
          })
          .map((text) => text.textContent)
      }),
    )
    expect(clipped).toEqual([])
    await page.close()
  })

  it('takes screenshots of 3.1 with its demos loaded: English and Chinese, desktop and phone, light and dark', async () => {
    for (const locale of Object.keys(CHAPTER) as (keyof typeof CHAPTER)[]) {
      for (const [device, width] of [
        ['desktop', 1280],
        ['phone', 390],
      ] as const) {
        for (const colorScheme of ['light', 'dark'] as const) {
          const page = await chapterWithDemos(locale, width, colorScheme)
          await page.screenshot({
            path: `${artifacts}linear-regression-with-demos-${locale}-${device}-${colorScheme}.png`,
            fullPage: true,
          })
          for (const name of ['closed-form', 'sgd-trainer', 'normal']) {
            await page.locator(`[data-demo="${name}"]`).screenshot({
              path: `${artifacts}demo-${name}-${locale}-${device}-${colorScheme}.png`,
              style: HIDE_HEADER,
            })
          }
          await page.close()
        }
      }
    }
    // 8 pages, each loading tfjs and four demos: minutes on a busy 2-core machine.
  }, 1_800_000)

  it('logged no console errors', () => {
    expect(problems).toEqual([])
  })
})
