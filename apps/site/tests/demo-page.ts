import type { Browser, Locator, Page } from 'playwright-core'
import { expect } from 'vitest'

/** The chapter page with the demos, in each language. */
export const CHAPTER = {
  en: '/chapter-3/linear-regression/',
  zh: '/zh-cn/chapter-3/linear-regression/',
}

/** Opens a page and records its console errors and page errors into `problems`. */
export async function openPage(
  browser: Browser,
  url: string,
  problems: string[],
  options: { width?: number; colorScheme?: 'light' | 'dark' } = {},
): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
  })
  page.on('console', (m) => m.type() === 'error' && problems.push(`${url}: ${m.text()}`))
  page.on('pageerror', (e) => problems.push(`${url}: ${e.message}`))
  await page.goto(url)
  return page
}

/** Scrolls a demo into view (which loads it) and waits until it reports its backend. */
export async function demo(page: Page, name: string): Promise<Locator> {
  const island = page.locator(`[data-demo="${name}"]`)
  await island.scrollIntoViewIfNeeded()
  await expect
    .poll(() => island.getByTestId('backend').textContent(), { timeout: 60_000 })
    .toBe('webgl')
  return island
}

/** The number a readout shows. */
export const numberIn = async (locator: Locator) =>
  Number.parseFloat((await locator.textContent()) ?? 'NaN')

/**
 * CSS for screenshots of one demo: Starlight's sticky header, and on a phone its "On this page" bar
 * and menu button, would otherwise be painted over an element scrolled up under them.
 */
export const HIDE_HEADER =
  'header.header, mobile-starlight-toc, starlight-menu-button { visibility: hidden !important; }'
