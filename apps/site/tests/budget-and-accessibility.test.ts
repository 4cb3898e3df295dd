import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { useBuiltSite } from './built-site.js'

const CHAPTERS = [
  'chapter-3/linear-regression/',
  'chapter-3/linear-regression-scratch/',
  'chapter-3/linear-regression-concise/',
].flatMap((page) => [`/${page}`, `/zh-cn/${page}`])
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

/** The part of axe-core's API the test uses (the script is injected into the page). */
interface Axe {
  run(context: Document): Promise<{
    violations: { id: string; impact: string; nodes: { target: string[] }[] }[]
  }>
}

const site = useBuiltSite()

describe('the chapter page', () => {
  it('loads at most 150 KB of gzipped JavaScript before a demo is scrolled into view', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } })
    const scripts = new Map<string, number>()
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return
      const body = await response.body().catch(() => Buffer.alloc(0))
      scripts.set(response.url(), gzipSync(body).length)
    })
    await page.goto(site.origin + CHAPTERS[0], { waitUntil: 'networkidle' })
    const total = [...scripts.values()].reduce((a, b) => a + b, 0)
    console.log(
      `JavaScript before scrolling: ${(total / 1024).toFixed(1)} KB gzipped in ${scripts.size} files`,
    )
    expect(total).toBeLessThanOrEqual(150 * 1024)
    // tfjs arrives with the demos only
    expect(
      [...scripts.keys()].filter((url) => /tfjs|backend-webgl|backend-wasm/.test(url)),
    ).toEqual([])
    await page.close()
  })

  it.each(CHAPTERS)(
    '%s has no serious or critical accessibility violations (axe-core)',
    async (path) => {
      const page = await site.browser.newPage()
      await page.goto(site.origin + path, { waitUntil: 'load' })
      await page.addScriptTag({ content: axeSource })
      const violations = await page.evaluate(async () => {
        const { axe } = window as unknown as { axe: Axe }
        const { violations } = await axe.run(document)
        return violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
        }))
      })
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual(
        [],
      )
      await page.close()
    },
  )
})
