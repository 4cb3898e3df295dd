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

const site = useBuiltSite()
let page: Page

beforeAll(async () => {
  page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } })
  await page.goto(`${site.origin}/performance/`)
  mkdirSync(artifacts, { recursive: true })
  await page.screenshot({ path: `${artifacts}performance-en.png`, fullPage: true })
})

/** The text of each row of the page's tables, cell by cell. */
const rows = () =>
  page.$$eval('.bench tr', (trs) =>
    trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')),
  )

describe('the performance page', () => {
  it('shows every benchmark record, in order, with its median and the verdict of its check', async () => {
    // Record rows are the ones with a fifth cell (the check); they follow the JSON's order.
    const recordRows = (await rows()).filter(
      (cells) => cells.length === 5 && cells[0]?.includes('@'),
    )
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
      expect(cells[4]).toBe(
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
