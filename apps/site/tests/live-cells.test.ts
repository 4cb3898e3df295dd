import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { launchChromium } from '@d2l-ts/e2e/chromium'
import type { Locator, Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { useBuiltSite } from './built-site.js'

const artifacts = new URL('../artifacts/', import.meta.url).pathname
const CHAPTER = { en: '/chapter-3/linear-regression/', zh: '/zh-cn/chapter-3/linear-regression/' }
/** A run in a worker that starts tfjs on SwiftShader can take a while on a busy machine. */
const RUN_TIMEOUT = 180_000
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

/** What the cell printed when the site was built (docs/.generated, the page's build-time output). */
interface CellRun {
  outputs: ({ kind: 'text'; text: string } | { kind: 'svg'; svg: string })[]
}
function builtRun(name: string): CellRun {
  const file = new URL(`../../../docs/.generated/examples/${name}.json`, import.meta.url)
  return JSON.parse(readFileSync(file, 'utf8'))
}
const builtText = (name: string) =>
  builtRun(name)
    .outputs.flatMap((o) => (o.kind === 'text' ? [o.text] : []))
    .join('\n')

const site = useBuiltSite()
const problems: string[] = []

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true })
})

async function open(path: string, options: { colorScheme?: 'dark' } = {}): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 }, ...options })
  page.on('console', (m) => m.type() === 'error' && problems.push(`${path}: ${m.text()}`))
  page.on('pageerror', (e) => problems.push(`${path}: ${e.message}`))
  await page.goto(site.origin + path)
  return page
}

const cellOf = (page: Page, name: string) => page.locator(`[data-cell="${name}"]`)
const stateOf = (cell: Locator) => cell.getAttribute('data-cell-state')

/** Presses Run and waits, polling the DOM, until the run has ended as `ending`. */
async function run(cell: Locator, ending: 'done' | 'failed' = 'done'): Promise<void> {
  await cell.locator('[data-cell-run]').click()
  await expect.poll(() => stateOf(cell), { timeout: RUN_TIMEOUT }).toBe(ending)
}

/** The text blocks the cell shows now (build-time or live), joined as the build joins them. */
async function shownText(cell: Locator): Promise<string> {
  const blocks = await cell
    .locator('[data-cell-output] pre.code-cell-output:not(.live-cell-error)')
    .allTextContents()
  return blocks.join('\n')
}

/** Opens the cell's editor and replaces its code, typing as a reader would. */
async function edit(page: Page, cell: Locator, code: string): Promise<void> {
  await cell.locator('[data-cell-edit]').click()
  const editor = cell.locator('.cm-content')
  await editor.waitFor({ timeout: RUN_TIMEOUT })
  await editor.focus()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.insertText(code)
  await expect.poll(() => editor.textContent()).toBe(code.replace(/\n/g, ''))
}

/**
 * Every number in a text, and the text with each number replaced by `#`: two runs agree when the
 * words match exactly and the numbers within the tolerance of float32 on different backends.
 */
function numbersOf(text: string): { words: string; numbers: number[] } {
  const pattern = /-?\d+(\.\d+)?(e[-+]?\d+)?/gi
  return {
    words: text.replace(pattern, '#'),
    numbers: [...text.matchAll(pattern)].map((m) => Number(m[0])),
  }
}
function expectClose(live: string, built: string, tolerance: (built: number) => number): void {
  const a = numbersOf(live)
  const b = numbersOf(built)
  expect(a.words).toBe(b.words)
  expect(a.numbers).toHaveLength(b.numbers.length)
  a.numbers.forEach((x, i) => {
    const y = b.numbers[i] as number
    expect(Math.abs(x - y), `number ${i}: ${x} live, ${y} at build time`).toBeLessThanOrEqual(
      tolerance(y),
    )
  })
}

/** The words of an SVG figure: its tick labels, axis labels and legend. */
function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] as string)
}

describe('live code cells on the chapter page, in headless Chromium', () => {
  it('loads neither the editor nor the transpiler before a cell is touched, and each on its press', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } })
    const scripts: string[] = []
    const workers: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url())
    })
    page.on('worker', (worker) => workers.push(worker.url()))
    await page.goto(site.origin + CHAPTER.en, { waitUntil: 'networkidle' })
    await page.mouse.wheel(0, 3000) // reading on, past cells, is not pressing them
    await page.waitForLoadState('networkidle')
    const liveCode = (url: string) => /live-cell|cell-editor|cell-worker/.test(url)
    expect(scripts.filter((url) => /CellControls/.test(url))).toHaveLength(1) // the loader
    expect(scripts.filter(liveCode)).toEqual([])
    expect(workers).toEqual([])

    const cell = cellOf(page, 'closed-form')
    await cell.locator('[data-cell-edit]').click()
    await cell.locator('.cm-content').waitFor({ timeout: RUN_TIMEOUT })
    expect(scripts.filter((url) => /cell-editor/.test(url))).toHaveLength(1)
    expect(workers).toEqual([]) // editing needs no transpiler

    await run(cell)
    expect(workers.filter((url) => /cell-worker/.test(url))).toHaveLength(1)
    await page.close()
  })

  it('runs an unedited cell and prints what it printed at build time (closed form: float64)', async () => {
    const page = await open(CHAPTER.en)
    const cell = cellOf(page, 'closed-form')
    const blockClass = () => cell.locator('[data-cell-output] pre').first().getAttribute('class')
    const builtClass = await blockClass()
    await run(cell)
    expect(await blockClass()).toBe(builtClass) // styled as the build-time output is
    // The closed form solves in float64 on data drawn by a seeded generator: the same digits up
    // to the last printed one, whatever backend formed Xw + b.
    expectClose(await shownText(cell), builtText('closed-form'), () => 1e-5)
    await expect
      .poll(() => cell.locator('[data-cell-caption]').textContent())
      .toMatch(/^Output \(run in this browser, webgl backend, \d+\.\d\u00a0s\)$/)
    await page.close()
  })

  it('runs the seeded SGD cell on the worker’s backend to the build’s numbers, within float32 tolerance', async () => {
    const page = await open(CHAPTER.en)
    const cell = cellOf(page, 'minibatch-sgd')
    await run(cell)
    const caption = await cell.locator('[data-cell-caption]').textContent()
    console.log(`minibatch-sgd live: ${caption}\n${await shownText(cell)}`)
    // 300 float32 SGD steps on webgl against the build's cpu: a few units in the 4th significant
    // digit of the loss, and of the 5th decimal of the parameters.
    expectClose(await shownText(cell), builtText('minibatch-sgd'), (y) => 2e-3 * Math.abs(y) + 3e-5)
    await page.close()
  })

  it('shows the figures a cell prints, as at build time', async () => {
    const page = await open(CHAPTER.en)
    const cell = cellOf(page, 'squared-loss-figure')
    await run(cell)
    const built = builtRun('squared-loss-figure').outputs.flatMap((o) =>
      o.kind === 'svg' ? [o.svg] : [],
    )
    const live = await cell
      .locator('[data-cell-output] .code-cell-figure > svg')
      .evaluateAll((svgs) => svgs.map((svg) => svg.outerHTML))
    expect(live).toHaveLength(built.length)
    expect(built.length).toBeGreaterThan(0)
    expect(live.map(svgTexts)).toEqual(built.map(svgTexts))
    expectClose(await shownText(cell), builtText('squared-loss-figure'), () => 1e-4)
    await cell.screenshot({ path: `${artifacts}live-cell-figure.png` })
    await page.close()
  })

  it('runs an edited cell (Ctrl+Enter in the editor) and shows the new output', async () => {
    const page = await open(CHAPTER.en)
    const cell = cellOf(page, 'timer')
    await edit(
      page,
      cell,
      "import { sum, tensor1d } from '@d2l-ts/tensor'\n" +
        'const total = sum(tensor1d([1, 2, 3, 4])).dataSync()[0] ?? Number.NaN\n' +
        "console.log('1 + 2 + 3 + 4 =', total, '; squared:', total ** 2)",
    )
    await page.keyboard.press('Control+Enter')
    await expect.poll(() => stateOf(cell), { timeout: RUN_TIMEOUT }).toBe('done')
    expect(await shownText(cell)).toBe('1 + 2 + 3 + 4 = 10 ; squared: 100')
    expect(await cell.locator('[data-cell-code]').isHidden()).toBe(true)
    await cell.screenshot({ path: `${artifacts}live-cell-edited.png` })
    await page.close()
  })

  it('shows a typed error the cell throws by its class and message, with the line', async () => {
    const page = await open(CHAPTER.en)
    const cell = cellOf(page, 'timer')
    await edit(
      page,
      cell,
      "import { setBackend } from '@d2l-ts/tensor'\nconsole.log('before')\nawait setBackend('nope' as 'cpu')",
    )
    await run(cell, 'failed')
    expect(await shownText(cell)).toBe('before')
    // The message is the package's own (packages/tensor/src/backends.test.ts checks it there).
    expect(await cell.locator('.live-cell-error').textContent()).toBe(
      `ValueError: backend: expected one of 'cpu', 'wasm', 'webgl', 'webgpu', 'auto', received "nope" (line 3)`,
    )
    await page.close()
  })

  it('explains an import a browser cannot give (node:os) instead of a stack', async () => {
    const page = await open(CHAPTER.en)
    const cell = cellOf(page, 'vectorization')
    await run(cell, 'failed')
    const message = await cell.locator('.live-cell-error').textContent()
    expect(message).toContain('imports node:os, a Node.js module that browsers do not have')
    expect(message).toContain('node --import tsx docs/examples/vectorization.ts')
    expect(message).not.toMatch(/\bat \S+:\d+:\d+/) // no stack frames
    await page.close()
  })

  it('stops a runaway loop with Stop, keeps the page responsive, and runs the cell again', async () => {
    const page = await open(CHAPTER.en)
    const cell = cellOf(page, 'timer')
    await edit(page, cell, "console.log('looping')\nwhile (true) {}")
    await cell.locator('[data-cell-run]').click()
    await expect.poll(() => shownText(cell), { timeout: RUN_TIMEOUT }).toBe('looping')
    expect(await stateOf(cell)).toBe('running')
    // The loop spins in the worker: the page still answers, and another cell can still be edited.
    const other = cellOf(page, 'closed-form')
    await other.locator('[data-cell-edit]').click()
    await other.locator('.cm-content').waitFor({ timeout: RUN_TIMEOUT })
    expect(await stateOf(cell)).toBe('running')

    await cell.locator('[data-cell-stop]').click()
    await expect.poll(() => stateOf(cell), { timeout: 60_000 }).toBe('stopped')
    expect(await cell.locator('.live-cell-notice').textContent()).toBe('Stopped.')
    expect(await cell.locator('[data-cell-stop]').isDisabled()).toBe(true)

    await edit(page, cell, 'console.log(2 + 3)')
    await run(cell)
    expect(await shownText(cell)).toBe('5')
    await page.close()
  })

  it('puts the original source and the build-time output back on Reset', async () => {
    const page = await open(CHAPTER.en)
    const cell = cellOf(page, 'closed-form')
    const output = cell.locator('[data-cell-output]')
    const caption = cell.locator('[data-cell-caption]')
    const before = { output: await output.innerHTML(), caption: await caption.textContent() }
    expect(await cell.locator('[data-cell-reset]').isDisabled()).toBe(true)
    await edit(page, cell, 'console.log("edited")')
    await run(cell)
    expect(await shownText(cell)).toBe('edited')

    await cell.locator('[data-cell-reset]').click()
    expect(await stateOf(cell)).toBe('built')
    expect(await output.innerHTML()).toBe(before.output)
    expect(await caption.textContent()).toBe(before.caption)
    expect(await cell.locator('.cm-editor').count()).toBe(0)
    expect(await cell.locator('[data-cell-code]').isVisible()).toBe(true)
    expect(await cell.locator('[data-cell-reset]').isDisabled()).toBe(true)
    // and the original runs again, to the build's numbers
    await run(cell)
    expectClose(await shownText(cell), builtText('closed-form'), () => 1e-5)
    await page.close()
  })

  it('works from the keyboard, and stays free of serious axe violations with the editor open (dark theme)', async () => {
    const page = await open(CHAPTER.en, { colorScheme: 'dark' })
    const cell = cellOf(page, 'closed-form')
    await cell.locator('[data-cell-run]').focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => stateOf(cell), { timeout: RUN_TIMEOUT }).toBe('done')
    await cell.locator('[data-cell-edit]').focus()
    await page.keyboard.press('Enter')
    const editor = cell.locator('.cm-content')
    await editor.waitFor({ timeout: RUN_TIMEOUT })
    await expect.poll(() => editor.evaluate((e) => e === document.activeElement)).toBe(true)
    // Tab leaves the editor (it is not trapped), to the next control of the cell
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Edit')
    await page.addScriptTag({ content: axeSource })
    const violations = await page.evaluate(async () => {
      type Axe = {
        run(context: Element): Promise<{ violations: { id: string; impact: string }[] }>
      }
      const { axe } = window as unknown as { axe: Axe }
      const root = document.querySelector('[data-cell="closed-form"]') as Element
      return (await axe.run(root)).violations.map((v) => ({ id: v.id, impact: v.impact }))
    })
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([])
    await cell.screenshot({ path: `${artifacts}live-cell-editor-dark.png` })
    await page.close()
  })

  it('speaks Chinese on the Chinese page: buttons, the caption and the messages', async () => {
    const page = await open(CHAPTER.zh)
    const cell = cellOf(page, 'vectorization')
    const labels = await cell.locator('.live-cell-controls button').allTextContents()
    expect(labels).toEqual(['编辑', '运行', '停止', '重置'])
    await run(cell, 'failed')
    expect(await cell.locator('.live-cell-error').textContent()).toContain(
      '此单元导入了 node:os，这是浏览器中没有的 Node.js 模块',
    )
    expect(await cell.locator('[data-cell-caption]').textContent()).toContain('在本浏览器中运行')
    await cell.screenshot({ path: `${artifacts}live-cell-zh.png` })
    await page.close()
  })

  it('keeps a long output line inside its block on a phone: the page does not scroll sideways', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } })
    await page.goto(site.origin + CHAPTER.en)
    const width = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
    const before = await width()
    const cell = cellOf(page, 'timer')
    await edit(page, cell, `console.log('${'wide '.repeat(60)}')`)
    await run(cell)
    expect(await width()).toBe(before)
    await page.close()
  })

  it('falls back to the cpu backend where workers have no WebGL, and says so', async () => {
    // No GPU and no software rasterizer: neither the page nor its workers get a WebGL context.
    const withoutWebgl = await launchChromium(['--disable-gpu', '--disable-software-rasterizer'])
    try {
      const page = await withoutWebgl.newPage()
      await page.goto(site.origin + CHAPTER.en)
      const cell = cellOf(page, 'closed-form')
      await run(cell)
      expect(await cell.locator('[data-cell-caption]').textContent()).toMatch(
        /^Output \(run in this browser, cpu backend, \d+\.\d\u00a0s\)$/,
      )
      expectClose(await shownText(cell), builtText('closed-form'), () => 1e-5)
    } finally {
      await withoutWebgl.close()
    }
  })

  it.each([
    ['en', '/guides/data-at-scale/', /^This cell runs only in Node\.js, not in the browser\./],
    ['zh', '/zh-cn/guides/data-at-scale/', /^此单元只能在 Node\.js 中运行，不能在浏览器里运行。/],
  ])(
    'offers no Run button for a cell marked live={false} (DuckDB, a native module): the %s page says how to run it in Node',
    async (_, path, note) => {
      const page = await open(path)
      const cells = page.locator('[data-cell]')
      const count = await cells.count()
      expect(count).toBeGreaterThanOrEqual(3)
      for (let i = 0; i < count; i++) {
        const cell = cells.nth(i)
        const name = (await cell.getAttribute('data-cell')) as string
        expect(await cell.getAttribute('data-cell-live')).toBe('false')
        const controls =
          '.live-cell-controls, [data-cell-edit], [data-cell-run], template[data-cell-source]'
        expect(await cell.locator(controls).count()).toBe(0)
        const shown = name + (path.startsWith('/zh-cn/') ? '.zh-cn' : '')
        expect((await cell.locator('[data-cell-node-only]').textContent())?.trim()).toMatch(note)
        expect(await cell.locator('[data-cell-node-only] code').textContent()).toBe(
          `node --import tsx docs/examples/${shown}.ts`,
        )
        // The build-time output is shown as for any cell.
        expect(await shownText(cell)).toBe(builtText(shown))
      }
      // A live cell of the chapter keeps its buttons: the mark is per cell.
      await page.goto(site.origin + CHAPTER.en)
      expect(await cellOf(page, 'closed-form').getAttribute('data-cell-live')).toBe('true')
      expect(await cellOf(page, 'closed-form').locator('[data-cell-run]').count()).toBe(1)
      await page.close()
    },
  )

  it('logged no console errors', () => {
    expect(problems).toEqual([])
  })
})
