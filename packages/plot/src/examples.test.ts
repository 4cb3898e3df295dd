// Every exported name has a TSDoc comment with an @example, and every example runs: each is bundled
// with esbuild against this package's source and executed, and each line of the form
// `expression // literal` is checked to give that literal.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import { afterAll, describe, expect, it } from 'vitest'

const srcDir = fileURLToPath(new URL('.', import.meta.url))
const sources = readdirSync(srcDir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((file) => ({ file, text: readFileSync(join(srcDir, file), 'utf8') }))

interface Example {
  name: string
  code: string
}

const examples: Example[] = sources.flatMap(({ file, text }) =>
  [...text.matchAll(/@example\s*\n\s*\* ```ts\n([\s\S]*?)\n\s*\* ```/g)].map((m, i) => ({
    name: `${file} #${i + 1}`,
    code: (m[1] ?? '')
      .split('\n')
      .map((line) => line.replace(/^\s*\* ?/, ''))
      .join('\n'),
  })),
)

const LITERAL = /^(true|false|null|-?\d[\d.e+-]*|'[^']*'|"[^"]*"|\[.*\])$/
const STATEMENT = /^(const|let|var|import|for|if|while|return|}|\/\/)/

/** Turns `expr // literal` lines into checks; leaves every other line as it is. */
function withChecks(code: string): string {
  return code
    .split('\n')
    .map((line) => {
      const m = /^(\s*)(.*?)\s*\/\/\s*(.+)$/.exec(line)
      if (!m) return line
      const [, indent, expression = '', comment = ''] = m
      if (!LITERAL.test(comment.trim()) || STATEMENT.test(expression.trim()) || !expression)
        return line
      return `${indent}__check(${expression}, ${comment.trim()}, ${JSON.stringify(line.trim())})`
    })
    .join('\n')
}

const dir = mkdtempSync(join(tmpdir(), 'd2l-plot-examples-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('TSDoc examples', () => {
  it('exist for every exported name', () => {
    const index = sources.find((s) => s.file === 'index.ts')?.text ?? ''
    const names = [...index.matchAll(/export (?:type )?\{([^}]*)\}/g)].flatMap((m) =>
      (m[1] ?? '')
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean),
    )
    expect(names.length).toBeGreaterThan(20)
    const missing = names.filter(
      (name) =>
        !sources.some(({ text }) =>
          new RegExp(
            `/\\*\\*(?:(?!\\*/)[\\s\\S])*@example(?:(?!\\*/)[\\s\\S])*\\*/\\s*export (?:abstract )?(?:class|function|const|type|interface) ${name}\\b`,
          ).test(text),
        ),
    )
    expect(missing).toEqual([])
  })

  it('were found, and check something', () => {
    expect(examples.length).toBeGreaterThan(20)
    const checks = examples.reduce(
      (n, e) => n + (withChecks(e.code).match(/__check\(/g)?.length ?? 0),
      0,
    )
    expect(checks).toBeGreaterThan(20)
  })

  it.each(examples)('$name runs and is true', async ({ name, code }) => {
    const header =
      "import { deepStrictEqual } from 'node:assert/strict'\n" +
      'const __check = (actual, expected, line) => deepStrictEqual(actual, expected, line)\n'
    const result = await build({
      stdin: { contents: header + withChecks(code), loader: 'ts', resolveDir: srcDir },
      alias: { '@d2l-ts/plot': join(srcDir, 'index.ts') },
      bundle: true,
      format: 'esm',
      platform: 'node',
      write: false,
      logLevel: 'silent',
    })
    const file = join(dir, `${name.replace(/[^\w]+/g, '-')}.mjs`)
    writeFileSync(file, result.outputFiles[0]?.text ?? '')
    await import(pathToFileURL(file).href)
  })
})
