// Renders the package in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core):
// the figure of 3.1.3 through plotInto, and an Animator fed 1000 points, and saves screenshots to
// packages/plot/artifacts/. The browser-side code is bundled from src/ with esbuild and served from
// 127.0.0.1. Without Chromium this test fails, on purpose: it is not skipped.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

type PlotModule = typeof import('./index.js')
declare global {
  interface Window {
    d2lPlot: PlotModule
  }
}

const CHROMIUM = '/usr/bin/chromium'
const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url))
const entry = fileURLToPath(new URL('./index.ts', import.meta.url))

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>@d2l-ts/plot</title><link rel="icon" href="data:,"></head>
<body style="margin: 8px; background: #fff">
  <div id="figure" style="display: inline-block"></div>
  <div id="animator" style="display: inline-block"></div>
  <div id="scatter" style="display: inline-block"></div>
  <div id="network" style="display: inline-block"></div>
  <script type="module" src="/bundle.js"></script>
</body>
</html>`

let dir = ''
let server: Server | undefined
let browser: Browser | undefined
let page: Page
const pageErrors: string[] = []

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `The browser test needs Chromium at ${CHROMIUM}, and it is missing. ` +
        'Install it with `apt-get install chromium` (never `playwright install`).',
    )
  }
  dir = mkdtempSync(join(tmpdir(), 'd2l-plot-browser-'))
  await build({
    stdin: {
      contents: `import * as plot from ${JSON.stringify(entry)}\nwindow.d2lPlot = plot\n`,
      resolveDir: dir,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outfile: join(dir, 'bundle.js'),
    logLevel: 'silent',
  })
  writeFileSync(join(dir, 'index.html'), PAGE)
  const files: Record<string, [string, string]> = {
    '/': ['index.html', 'text/html; charset=utf-8'],
    '/bundle.js': ['bundle.js', 'text/javascript; charset=utf-8'],
  }
  server = createServer((req, res) => {
    const file = files[req.url ?? '']
    if (!file) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'content-type': file[1] }).end(readFileSync(join(dir, file[0])))
  })
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--headless=new',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
  page = await browser.newPage({ viewport: { width: 1200, height: 800 }, deviceScaleFactor: 2 })
  page.on('pageerror', (e) => pageErrors.push(String(e)))
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text())
  })
  await page.goto(`http://127.0.0.1:${port}/`)
  await page.waitForFunction(() => window.d2lPlot !== undefined, undefined, { timeout: 10_000 })
  mkdirSync(artifacts, { recursive: true })
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('in headless Chromium', () => {
  it('renders the figure of 3.1.3 with the curves where the scales put them', async () => {
    const measured = await page.evaluate(() => {
      const { plotInto } = window.d2lPlot
      const x = Array.from({ length: 1400 }, (_, i) => -7 + i * 0.01)
      const normal = (mu: number, sigma: number) =>
        x.map((v) => Math.exp(-0.5 * ((v - mu) / sigma) ** 2) / Math.sqrt(2 * Math.PI * sigma ** 2))
      const box = document.querySelector('#figure') as HTMLElement
      plotInto(box, x, [normal(0, 1), normal(0, 2), normal(3, 1)], {
        xlabel: 'x',
        ylabel: 'p(x)',
        figsize: [4.5, 2.5],
        legend: ['mean 0, std 1', 'mean 0, std 2', 'mean 3, std 1'],
      })
      const svg = box.querySelector('svg') as SVGSVGElement
      const boxes = Array.from(svg.querySelectorAll('path.series')).map((p) => {
        const b = (p as SVGGraphicsElement).getBBox()
        return { x: b.x, y: b.y, width: b.width, height: b.height }
      })
      const texts = Array.from(svg.querySelectorAll('text')).map((t) => ({
        text: t.textContent,
        width: (t as SVGTextElement).getComputedTextLength(),
      }))
      const rect = svg.getBoundingClientRect()
      return {
        boxes,
        texts,
        cssWidth: rect.width,
        cssHeight: rect.height,
        name: svg.querySelector('title')?.textContent,
        role: svg.getAttribute('role'),
      }
    })
    // 4.5 × 2.5 inches at 72 points per inch, shown at 96 CSS pixels per inch.
    expect(measured.cssWidth).toBeCloseTo(432, 0)
    expect(measured.cssHeight).toBeCloseTo(240, 0)
    expect(measured.role).toBe('img')
    expect(measured.name).toContain('p(x) against x')
    // Plot area from the documented layout: left 43, right 312, top 8, bottom 145; x limits
    // −7.6995 … 7.6895; y limits −0.05 … 1.05 times 1/√(2π).
    const xPixel = (v: number) => 43 + ((v + 7.6995) / 15.389) * 269
    const peak = 1 / Math.sqrt(2 * Math.PI)
    const yPixel = (v: number) => 145 - ((v + 0.05 * peak) / (1.1 * peak)) * 137
    expect(measured.boxes).toHaveLength(3)
    for (const b of measured.boxes) {
      expect(b.x).toBeCloseTo(xPixel(-7), 0)
      expect(b.x + b.width).toBeCloseTo(xPixel(6.99), 0)
    }
    // The tops of the bounding boxes: the σ = 1 and μ = 3 curves reach 1/√(2π), σ = 2 half of it.
    expect(measured.boxes[0]?.y).toBeCloseTo(yPixel(peak), 0)
    expect(measured.boxes[1]?.y).toBeCloseTo(yPixel(peak / 2), 0)
    expect(measured.boxes[2]?.y).toBeCloseTo(yPixel(peak), 0)
    // Text is text: the labels are laid out by the browser's fonts.
    for (const label of ['x', 'p(x)', 'mean 0, std 1', 'mean 0, std 2', 'mean 3, std 1']) {
      const t = measured.texts.find((m) => m.text === label)
      expect(t?.width, label).toBeGreaterThan(0)
    }
    await page.locator('#figure').screenshot({ path: join(artifacts, 'figure-3-1-3.png') })
  }, 30_000)

  it('keeps the page responsive while an Animator takes 1000 points: redraws ≤ frames', async () => {
    const result = await page.evaluate(async () => {
      const { Animator } = window.d2lPlot
      const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve))
      let frames = 0
      let counting = true
      let last = performance.now()
      let longestGap = 0
      const tick = (now: number) => {
        frames++
        longestGap = Math.max(longestGap, now - last)
        last = now
        if (counting) requestAnimationFrame(tick)
      }
      await nextFrame()
      last = performance.now()
      requestAnimationFrame(tick)

      const target = document.querySelector('#animator') as HTMLElement
      const animator = new Animator({
        target,
        xlabel: 'step',
        ylabel: 'loss',
        yscale: 'log',
        legend: ['train loss', 'smoothed'],
      })
      const loss = (i: number) => (1 + 0.1 * Math.sin(i)) / (1 + i / 20)
      // Phase 1: 1000 points in one tight loop.
      const start = performance.now()
      let smooth = loss(0)
      for (let i = 0; i < 1000; i++) {
        smooth = 0.95 * smooth + 0.05 * loss(i)
        animator.add(i, [loss(i), smooth])
      }
      const loopMs = performance.now() - start
      const redrawsInLoop = animator.redraws
      await nextFrame()
      await nextFrame()
      const afterLoop = { redraws: animator.redraws, frames }
      // Points on the first curve: one M or L command each.
      const countPoints = () =>
        (target.querySelector('path.series')?.getAttribute('d') ?? '').match(/[ML]/g)?.length ?? 0
      const pointsDrawn = countPoints()

      // Phase 2: 1000 more points arriving in bursts of 10 from 100 tasks, much faster than frames.
      const redrawsBefore = animator.redraws
      const framesBefore = frames
      await new Promise<void>((resolve) => {
        let i = 1000
        const burst = () => {
          for (let k = 0; k < 10; k++, i++) {
            smooth = 0.95 * smooth + 0.05 * loss(i)
            animator.add(i, [loss(i), smooth])
          }
          if (i < 2000) setTimeout(burst, 0)
          else resolve()
        }
        burst()
      })
      await nextFrame()
      await nextFrame()
      counting = false
      return {
        loopMs,
        redrawsInLoop,
        afterLoop,
        pointsDrawn,
        burstRedraws: animator.redraws - redrawsBefore,
        burstFrames: frames - framesBefore,
        redraws: animator.redraws,
        frames,
        longestGap,
        finalPoints: countPoints(),
      }
    })
    // The loop only stores points: it is quick, and no redraw happens in it.
    expect(result.loopMs).toBeLessThan(500)
    expect(result.redrawsInLoop).toBe(0)
    // Then one redraw shows all 1000 points.
    expect(result.afterLoop.redraws).toBe(1)
    expect(result.afterLoop.redraws).toBeLessThanOrEqual(result.afterLoop.frames)
    expect(result.pointsDrawn).toBe(1000)
    // Bursts from 100 tasks: at most one redraw per frame.
    expect(result.burstRedraws).toBeGreaterThanOrEqual(1)
    expect(result.burstRedraws).toBeLessThanOrEqual(result.burstFrames)
    expect(result.redraws).toBeLessThanOrEqual(result.frames)
    expect(result.finalPoints).toBe(2000)
    // Responsive: no frame waited long (a generous bound for a shared two-core machine).
    expect(result.longestGap).toBeLessThan(1000)
    await page.locator('#animator').screenshot({ path: join(artifacts, 'animator.png') })
  }, 30_000)

  it('renders the squared-loss scatter and the one-layer network of 16 inputs', async () => {
    const sizes = await page.evaluate(() => {
      const { scatter, networkDiagram, renderInto } = window.d2lPlot
      const x = [0.5, 1.2, 2, 2.7, 3.5, 4.1, 5]
      const noise = [0.6, -0.4, 0.9, -0.7, 0.3, -0.9, 0.5]
      const y = x.map((v, i) => 1.5 * v + 0.8 + (noise[i] as number))
      renderInto(
        '#scatter',
        scatter(x, y, {
          fit: { w: 1.5, b: 0.8 },
          residuals: true,
          xlabel: 'x',
          ylabel: 'y',
          legend: ['data', 'ŷ = 1.5x + 0.8', 'residual'],
        }),
      )
      renderInto('#network', networkDiagram({ inputs: 16, outputs: 1 }))
      const network = document.querySelector('#network svg') as SVGSVGElement
      const view = network.viewBox.baseVal
      // Every node label, as the browser lays it out, fits inside its circle.
      const labelsFit = Array.from(network.querySelectorAll('g.node')).every((g) => {
        const c = g.querySelector('circle') as SVGCircleElement
        const t = (g.querySelector('text') as SVGTextElement).getBBox()
        return t.width < 2 * c.r.baseVal.value && t.height < 2 * c.r.baseVal.value
      })
      const whole = (network.querySelector('g.nodes') as SVGGElement).getBBox()
      return {
        labelsFit,
        inside: whole.x >= 0 && whole.x + whole.width <= view.width,
        residuals: document.querySelectorAll('#scatter path.residuals').length,
      }
    })
    expect(sizes.labelsFit).toBe(true)
    expect(sizes.inside).toBe(true)
    expect(sizes.residuals).toBe(1)
    await page.locator('#scatter').screenshot({ path: join(artifacts, 'scatter.png') })
    await page.locator('#network').screenshot({ path: join(artifacts, 'network-diagram.png') })
  }, 30_000)

  it('raised no error in the page', () => {
    expect(pageErrors).toEqual([])
  })
})
