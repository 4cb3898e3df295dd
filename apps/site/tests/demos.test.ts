import { mkdirSync } from 'node:fs'
import type { Locator, Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { useBuiltSite } from './built-site.js'
import { CHAPTER, demo, HIDE_HEADER, numberIn, openPage } from './demo-page.js'

const artifacts = new URL('../artifacts/', import.meta.url).pathname

const site = useBuiltSite()
const problems: string[] = []

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true })
})

const openChapter = (query = '', path = CHAPTER.en): Promise<Page> =>
  openPage(site.browser, site.origin + path + query, problems)

/** The `d` of the SGD path in the contour plot (the plot's second series). */
const sgdPath = (trainer: Locator) =>
  trainer.locator('[data-testid="contour"] path.series[data-series="1"]').getAttribute('d')

/** Points of an SVG path's `d` (M x,y L x,y …). */
const pathPoints = (d: string | null) =>
  [...(d ?? '').matchAll(/[ML]\s*(-?[\d.e+-]+)[ ,](-?[\d.e+-]+)/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ])

/** Waits until the trainer has built a session with this learning rate and is ready to train. */
async function ready(trainer: Locator, text: RegExp, lr: string) {
  await expect
    .poll(() => trainer.getByTestId('readout').getAttribute('data-lr'), { timeout: 60_000 })
    .toBe(lr)
  await expect
    .poll(() => trainer.getByTestId('status').textContent(), { timeout: 60_000 })
    .toMatch(text)
  await expect.poll(() => trainer.getByTestId('play').isEnabled()).toBe(true)
}

describe('the live demos of 3.1, in headless Chromium', () => {
  it('SGD trainer: at a small learning rate the training loss falls, epochs count up, validation loss is shown, and the path moves over the contours', async () => {
    const page = await openChapter()
    const trainer = await demo(page, 'sgd-trainer')
    await ready(trainer, /^Ready/, '0.03')
    // One step down the slider's log scale, from the book's 0.03, with the keyboard.
    const lr = trainer.getByTestId('lr')
    await lr.focus()
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => trainer.getByTestId('lr-value').textContent()).toBe('0.02')
    await expect.poll(() => new URL(page.url()).searchParams.get('lr')).toBe('0.02')
    await ready(trainer, /^Ready/, '0.02')
    expect(await numberIn(trainer.getByTestId('epochs'))).toBe(0)
    const firstLoss = await numberIn(trainer.getByTestId('loss'))
    const firstPath = await sgdPath(trainer)
    expect(pathPoints(firstPath)).toHaveLength(1)
    expect(
      await trainer.locator('[data-testid="contour"] path.series[data-series="0"]').count(),
    ).toBe(1)

    await trainer.getByTestId('play').click()
    await expect
      .poll(() => numberIn(trainer.getByTestId('epochs')), { timeout: 120_000 })
      .toBeGreaterThanOrEqual(3)
    await trainer.getByTestId('play').click() // pause
    await expect.poll(() => trainer.getByTestId('status').textContent()).toMatch(/^Paused after/)

    expect(await numberIn(trainer.getByTestId('loss'))).toBeLessThan(firstLoss / 2)
    const validation = await numberIn(trainer.getByTestId('validation-loss'))
    expect(validation).toBeGreaterThan(0)
    expect(validation).toBeLessThan(firstLoss)
    // The loss figure has a training and a validation curve, one point per epoch (and epoch 0).
    const epochs = await numberIn(trainer.getByTestId('epochs'))
    const curves = trainer.locator('[data-testid="loss-curve"] path.series')
    expect(await curves.count()).toBe(2)
    expect(pathPoints(await curves.nth(1).getAttribute('d')).length).toBe(epochs + 1)
    // The path over the contour lines has grown by one point per step, and has moved.
    const steps = await numberIn(trainer.getByTestId('steps'))
    const path = pathPoints(await sgdPath(trainer))
    expect(path.length).toBe(steps + 1)
    expect(path.at(-1)).not.toEqual(path[0])
    expect(await trainer.getAttribute('data-state')).toBeNull()
    await trainer.screenshot({ path: `${artifacts}demo-sgd-trainer.png`, style: HIDE_HEADER })
    await page.close()
  })

  it('SGD trainer: the largest learning rate makes training diverge, and it stops and says so', async () => {
    const page = await openChapter()
    const trainer = await demo(page, 'sgd-trainer')
    await ready(trainer, /^Ready/, '0.03')
    await trainer.getByTestId('lr').focus()
    await page.keyboard.press('End')
    await expect.poll(() => trainer.getByTestId('lr-value').textContent()).toBe('10')
    await ready(trainer, /^Ready/, '10')
    await trainer.getByTestId('play').click()
    await expect
      .poll(() => trainer.getByTestId('status').textContent(), { timeout: 60_000 })
      .toMatch(/^Diverged in epoch 1, step \d+: the training loss grew from [\d.]+ to [\d.e+]+/)
    expect(await trainer.getAttribute('data-state')).toBe('diverged')
    // Training has stopped: no more steps can be taken until a reset.
    await expect.poll(() => trainer.getByTestId('play').isDisabled()).toBe(true)
    expect(await trainer.getByTestId('step').isDisabled()).toBe(true)
    expect(await numberIn(trainer.getByTestId('steps'))).toBeLessThan(10)
    await trainer.screenshot({ path: `${artifacts}demo-sgd-divergence.png`, style: HIDE_HEADER })
    await page.close()
  })

  it('SGD trainer: a divergent learning rate from the URL is on the slider', async () => {
    const page = await openChapter('?lr=5&batchSize=20')
    const trainer = await demo(page, 'sgd-trainer')
    await expect.poll(() => trainer.getByTestId('lr-value').textContent()).toBe('5')
    await expect.poll(() => trainer.getByTestId('batch-size-value').textContent()).toBe('20')
    await ready(trainer, /^Ready/, '5')
    expect(await trainer.getByTestId('readout').getAttribute('data-batch-size')).toBe('20')
    await page.close()
  })

  it('closed form: dragging a point moves the line to the least-squares line of the new points', async () => {
    const page = await openChapter()
    const closedForm = await demo(page, 'closed-form')
    const plotArea = closedForm.locator('[data-testid="closed-form-plot"]')
    await expect.poll(() => closedForm.getByTestId('w').count(), { timeout: 60_000 }).toBe(1)
    const before = await readPoints(closedForm)
    const wBefore = await numberIn(closedForm.getByTestId('w'))

    // The first point's marker on the screen, then a drag 60 px up and 20 px right.
    const marker = plotArea.locator('g.points-markers path').first()
    const box = await marker.boundingBox()
    if (!box) throw new Error('the first point is not on screen')
    const [x0, y0] = [box.x + box.width / 2, box.y + box.height / 2]
    await page.mouse.move(x0, y0)
    await page.mouse.down()
    for (let i = 1; i <= 6; i++) await page.mouse.move(x0 + (20 * i) / 6, y0 - (60 * i) / 6)
    await page.mouse.up()
    await expect
      .poll(() => closedForm.getByTestId('status').textContent())
      .toMatch(/^Point moved to/)

    const after = await readPoints(closedForm)
    expect(after.ys[0]).toBeGreaterThan((before.ys[0] as number) + 0.5)
    expect(after.ys.slice(1)).toEqual(before.ys.slice(1))
    const truth = leastSquares(after.xs, after.ys)
    const w = await numberIn(closedForm.getByTestId('w'))
    const b = await numberIn(closedForm.getByTestId('b'))
    expect(w).not.toBe(wBefore)
    expect(w).toBeCloseTo(truth.w, 3)
    expect(b).toBeCloseTo(truth.b, 3)
    // The line drawn is that line: its ends, read back through the plot area, lie on y = w·x + b.
    const ends = await plotArea.evaluate((div) => {
      const area = div.querySelector('svg.plot-area') as SVGSVGElement
      const read = (name: string) => Number(area.getAttribute(name))
      const d = div.querySelector('path.fit')?.getAttribute('d') ?? ''
      const numbers = (d.match(/-?[\d.]+/g) ?? []).map(Number)
      return { x: read('x'), y: read('y'), width: read('width'), height: read('height'), numbers }
    })
    const [u1, v1, u2, v2] = ends.numbers as [number, number, number, number]
    const toData = (u: number, v: number) => [
      -3 + ((u - ends.x) / ends.width) * 6,
      -6 + ((ends.y + ends.height - v) / ends.height) * 14,
    ]
    for (const [x, y] of [toData(u1, v1), toData(u2, v2)] as [number, number][]) {
      expect(Math.abs(y - (truth.w * x + truth.b))).toBeLessThan(0.02)
    }
    expect(Number(await closedForm.getAttribute('data-tensors'))).toBeGreaterThan(0)
    await closedForm.screenshot({ path: `${artifacts}demo-closed-form.png`, style: HIDE_HEADER })
    await page.close()
  })

  it('closed form: a finger drags a point too (touch events, as on a phone)', async () => {
    const page = await site.browser.newPage({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
    })
    page.on('pageerror', (e) => problems.push(e.message))
    await page.goto(site.origin + CHAPTER.en)
    const closedForm = await demo(page, 'closed-form')
    await expect.poll(() => closedForm.getByTestId('w').count(), { timeout: 60_000 }).toBe(1)
    const before = await readPoints(closedForm)
    const box = await closedForm.locator('g.points-markers path').nth(3).boundingBox()
    if (!box) throw new Error('the fourth point is not on screen')
    const [x0, y0] = [box.x + box.width / 2, box.y + box.height / 2]
    // Chromium turns touches into pointer events; the plot's touch-action: none keeps the page still.
    const touch = await page.context().newCDPSession(page)
    const send = (
      type: 'touchStart' | 'touchMove' | 'touchEnd',
      points: { x: number; y: number }[],
    ) => touch.send('Input.dispatchTouchEvent', { type, touchPoints: points })
    await send('touchStart', [{ x: x0, y: y0 }])
    for (let i = 1; i <= 6; i++) await send('touchMove', [{ x: x0, y: y0 + 8 * i }])
    await send('touchEnd', [])
    await expect
      .poll(() => closedForm.getByTestId('status').textContent())
      .toMatch(/^Point moved to/)
    const after = await readPoints(closedForm)
    expect(after.ys[3]).toBeLessThan((before.ys[3] as number) - 0.3)
    const truth = leastSquares(after.xs, after.ys)
    expect(await numberIn(closedForm.getByTestId('w'))).toBeCloseTo(truth.w, 3)
    await page.close()
  })

  it('closed form: the keyboard chooses a point and moves it, and the line follows', async () => {
    const page = await openChapter()
    const closedForm = await demo(page, 'closed-form')
    await expect.poll(() => closedForm.getByTestId('w').count(), { timeout: 60_000 }).toBe(1)
    const before = await readPoints(closedForm)
    await closedForm.getByTestId('closed-form-plot').focus()
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowUp', 'ArrowUp', 'ArrowUp', 'ArrowUp']) {
      await page.keyboard.press(key)
    }
    // The third point (index 2) went up by 4 × 0.25; the others stayed.
    await expect
      .poll(async () => (await readPoints(closedForm)).ys[2])
      .toBeCloseTo((before.ys[2] as number) + 1, 10)
    const after = await readPoints(closedForm)
    expect(after.ys.filter((_, i) => i !== 2)).toEqual(before.ys.filter((_, i) => i !== 2))
    expect(await closedForm.locator('.d2l-demo-chosen').count()).toBe(1)
    const truth = leastSquares(after.xs, after.ys)
    expect(await numberIn(closedForm.getByTestId('w'))).toBeCloseTo(truth.w, 3)
    expect(await numberIn(closedForm.getByTestId('b'))).toBeCloseTo(truth.b, 3)
    await page.close()
  })

  it('vectorization: the ratio of loop to vectorized time is above 1 on every backend', async () => {
    const page = await openChapter()
    const vectorization = await demo(page, 'vectorization')
    await vectorization.getByTestId('run').click()
    const ratios = vectorization.locator('[data-testid^="ratio-"]')
    await expect.poll(() => ratios.count(), { timeout: 120_000 }).toBeGreaterThanOrEqual(2)
    for (const ratio of await ratios.all()) expect(await numberIn(ratio)).toBeGreaterThan(1)
    await vectorization.screenshot({
      path: `${artifacts}demo-vectorization.png`,
      style: HIDE_HEADER,
    })
    await page.close()
  })

  it('normal distribution: moving σ redraws the curve', async () => {
    const page = await openChapter()
    const normal = await demo(page, 'normal')
    const before = await normal.locator('svg').first().innerHTML()
    await normal.getByTestId('sigma').fill('2.5')
    await expect.poll(() => normal.locator('svg').first().innerHTML()).not.toBe(before)
    await normal.screenshot({ path: `${artifacts}demo-normal.png`, style: HIDE_HEADER })
    await page.close()
  })

  it('on the Chinese page, every word the demos show is Chinese, the diverged state included', async () => {
    const page = await openChapter('?lr=10', CHAPTER.zh)
    const names = ['closed-form', 'sgd-trainer', 'vectorization', 'normal']
    for (const name of names) await demo(page, name)
    const trainer = page.locator('[data-demo="sgd-trainer"]')
    await ready(trainer, /^就绪/, '10')
    await trainer.getByTestId('play').click()
    await expect
      .poll(() => trainer.getByTestId('status').textContent(), { timeout: 60_000 })
      .toMatch(/^发散：在第 1 个迭代周期的第 \d+ 步/)
    const vectorization = page.locator('[data-demo="vectorization"]')
    await vectorization.getByTestId('run').click()
    await expect
      .poll(() => vectorization.getByTestId('status').textContent(), { timeout: 120_000 })
      .toMatch(/^完成/)
    // Every piece of text with a Latin word in it (not code, not marked as English, not an
    // identifier such as LinearRegression inside a Chinese sentence) must have Chinese in it too.
    const english = await page.evaluate((demoNames) => {
      const found: string[] = []
      for (const name of demoNames) {
        const root = document.querySelector(`[data-demo="${name}"]`)
        if (!root) continue
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement
          // Code, and the packages' messages marked as English inside the demo, are exempt.
          const marked = parent?.closest('[lang]')
          const english = marked && root.contains(marked) && marked.getAttribute('lang') === 'en'
          if (!parent || parent.closest('code') || english) continue
          const text = node.textContent ?? ''
          if (/[A-Za-z]{3,}/.test(text) && !/[\u4e00-\u9fff]/.test(text)) found.push(text.trim())
        }
      }
      return found
    }, names)
    expect(english).toEqual([])
    await trainer.screenshot({ path: `${artifacts}demo-sgd-divergence-zh.png`, style: HIDE_HEADER })
    await page.close()
  })

  it('logged no console errors', () => {
    expect(problems).toEqual([])
  })
})

/** The points of the closed-form demo, as its table of points lists them (full precision). */
async function readPoints(closedForm: Locator): Promise<{ xs: number[]; ys: number[] }> {
  const rows = closedForm.locator('[data-testid="point"]')
  const xs: number[] = []
  const ys: number[] = []
  for (const row of await rows.all()) {
    xs.push(Number(await row.getAttribute('data-x')))
    ys.push(Number(await row.getAttribute('data-y')))
  }
  return { xs, ys }
}

/** The least-squares line by the textbook formulas: w = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)², b = ȳ − w·x̄. */
function leastSquares(xs: number[], ys: number[]): { w: number; b: number } {
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length
  const mx = mean(xs)
  const my = mean(ys)
  let sxy = 0
  let sxx = 0
  xs.forEach((x, i) => {
    sxy += (x - mx) * ((ys[i] as number) - my)
    sxx += (x - mx) ** 2
  })
  const w = sxy / sxx
  return { w, b: my - w * mx }
}
