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

  it('links each “Defined in” to the file it names, at the line it names', () => {
    const wrong: string[] = []
    let links = 0
    for (const path of apiPages) {
      const html = readFileSync(new URL(path, dist), 'utf8')
      for (const [, href, file, line] of html.matchAll(
        /Defined in: <a href="([^"]+)"[^>]*>([^<:]+):(\d+)<\/a>/g,
      )) {
        links++
        if (href !== `https://github.com/d2l-ts/d2l-ts/blob/main/${file}#L${line}`) {
          wrong.push(`${path}: ${file}:${line} → ${href}`)
        }
      }
    }
    expect(links).toBeGreaterThan(100)
    expect(wrong.slice(0, 5)).toEqual([])
  })
})
