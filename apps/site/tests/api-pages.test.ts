import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const dist = new URL('../dist/', import.meta.url)
const apiPages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((path) =>
  /(^|\/)api\/(.+\/)?index\.html$/.test(path),
)

describe('the built API reference', () => {
  it('names every parameter: a destructured one is named by its @param tag', () => {
    // TypeDoc falls back to `__namedParameters` when no @param tag names a destructured parameter.
    expect(apiPages.length).toBeGreaterThan(100)
    const unnamed = apiPages.filter((path) =>
      readFileSync(new URL(path, dist), 'utf8').includes('__namedParameters'),
    )
    expect(unnamed).toEqual([])
  })
})
