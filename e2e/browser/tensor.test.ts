import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { build, type PreviewServer, preview } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './chromium.js'

const appRoot = new URL('./app', import.meta.url).pathname
const artifacts = new URL('../artifacts', import.meta.url).pathname
const outDir = mkdtempSync(join(tmpdir(), 'd2l-ts-vite-'))

let server: PreviewServer
let browser: Browser

beforeAll(async () => {
  await build({
    root: appRoot,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  })
  server = await preview({
    root: appRoot,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => server?.httpServer.close(resolve))
  rmSync(outDir, { recursive: true, force: true })
})

interface Gradient {
  w: number[]
  b: number[]
}
interface Results {
  auto: Gradient & { chosen: string }
  cpu: Gradient & { chosen: string }
  wasm: Gradient & { chosen: string }
  closedForm: Gradient
}

function expectClose(actual: Gradient, expected: Gradient, tolerance: number) {
  const a = [...actual.w, ...actual.b]
  const e = [...expected.w, ...expected.b]
  expect(a).toHaveLength(3)
  a.forEach((value, i) => {
    expect(Math.abs(value - e[i]!)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(e[i]!)))
  })
}

describe('@d2l-ts/tensor in a Vite-built page in headless Chromium', () => {
  it("picks webgl with setBackend('auto'); the squared-loss gradient there matches cpu, wasm and the closed form", async () => {
    const page = await browser.newPage()
    const problems: string[] = []
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`))
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`))

    const url = server.resolvedUrls?.local[0]
    if (!url) throw new Error('vite preview did not report a URL')
    await page.goto(url)
    await page
      .waitForFunction(() => 'results' in window, undefined, { timeout: 60_000 })
      .catch((error: Error) => {
        throw new Error(`${error.message}\n${problems.join('\n')}`)
      })
    const results = await page.evaluate(() => (window as unknown as { results: Results }).results)

    mkdirSync(artifacts, { recursive: true })
    await page.screenshot({ path: join(artifacts, 'tensor-vite-page.png') })

    expect(problems).toEqual([])
    expect(results.auto.chosen).toBe('webgl')
    expect(results.cpu.chosen).toBe('cpu')
    expect(results.wasm.chosen).toBe('wasm')
    expectClose(results.auto, results.cpu, 1e-5) // webgl against cpu
    expectClose(results.wasm, results.cpu, 1e-5)
    expectClose(results.cpu, results.closedForm, 1e-5) // float32 against float64 by hand
  })
})
