import { mkdirSync } from 'node:fs'
import { launchChromium } from '@d2l-ts/e2e/chromium'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { servePreview } from './preview-server.js'

const artifacts = new URL('../artifacts/', import.meta.url).pathname
const CHAPTER = '/chapter-3/linear-regression/'

let browser: Browser
let site: Awaited<ReturnType<typeof servePreview>>
let page: Page
const problems: string[] = []

beforeAll(async () => {
  site = await servePreview()
  browser = await launchChromium()
  mkdirSync(artifacts, { recursive: true })
})

afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

/** Opens the chapter (optionally with a query string) and records console errors. */
async function openChapter(query = ''): Promise<Page> {
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()))
  page.on('pageerror', (e) => problems.push(e.message))
  await page.goto(site.origin + CHAPTER + query)
  return page
}

/** Scrolls a demo into view (which loads it) and waits until it reports its backend. */
async function demo(name: string): Promise<Locator> {
  const island = page.locator(`[data-demo="${name}"]`)
  await island.scrollIntoViewIfNeeded()
  await expect
    .poll(() => island.getByTestId('backend').textContent(), { timeout: 60_000 })
    .toBe('webgl')
  return island
}

const number = async (locator: Locator) => Number.parseFloat((await locator.textContent()) ?? 'NaN')

describe('the live demos of 3.1, in headless Chromium', () => {
  it('SGD trainer: Play runs at least 50 steps and lowers the loss', async () => {
    await openChapter()
    const trainer = await demo('sgd-trainer')
    await trainer.getByTestId('step').click()
    await expect.poll(() => number(trainer.getByTestId('steps'))).toBe(1)
    const first = await number(trainer.getByTestId('loss'))
    await trainer.getByTestId('play').click()
    await expect
      .poll(() => number(trainer.getByTestId('steps')), { timeout: 60_000 })
      .toBeGreaterThanOrEqual(50)
    await trainer.getByTestId('play').click() // pause
    const last = await number(trainer.getByTestId('loss'))
    expect(last).toBeLessThan(first)
    await trainer.screenshot({ path: `${artifacts}demo-sgd-trainer.png` })
  })

  it('SGD trainer: a divergent learning rate from the URL shows the DivergenceError message', async () => {
    await openChapter('?lr=5')
    const trainer = await demo('sgd-trainer')
    await trainer.getByTestId('play').click()
    await expect
      .poll(() => trainer.getByTestId('error').textContent(), { timeout: 60_000 })
      .toMatch(/diverged at epoch \d+, step \d+/)
    await trainer.screenshot({ path: `${artifacts}demo-sgd-divergence.png` })
  })

  it('vectorization: the ratio of loop to vectorized time is above 1 on every backend', async () => {
    await openChapter()
    const vectorization = await demo('vectorization')
    await vectorization.getByTestId('run').click()
    const ratios = vectorization.locator('[data-testid^="ratio-"]')
    await expect.poll(() => ratios.count(), { timeout: 120_000 }).toBeGreaterThanOrEqual(2)
    for (const ratio of await ratios.all()) expect(await number(ratio)).toBeGreaterThan(1)
    await vectorization.screenshot({ path: `${artifacts}demo-vectorization.png` })
  })

  it('closed form: one click shows the solution and its gap to SGD', async () => {
    await openChapter()
    const closedForm = await demo('closed-form')
    await closedForm.getByTestId('solve').click()
    await expect
      .poll(() => number(closedForm.getByTestId('gap')), { timeout: 60_000 })
      .toBeGreaterThanOrEqual(0)
    await closedForm.screenshot({ path: `${artifacts}demo-closed-form.png` })
  })

  it('normal distribution: moving σ redraws the curve', async () => {
    await openChapter()
    const normal = await demo('normal')
    const before = await normal.locator('svg').first().innerHTML()
    await normal.getByTestId('sigma').fill('2.5')
    await expect.poll(() => normal.locator('svg').first().innerHTML()).not.toBe(before)
    await normal.screenshot({ path: `${artifacts}demo-normal.png` })
  })

  it('logged no console errors', () => {
    expect(problems).toEqual([])
  })
})
