import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { linkCell, type TranspiledCell, transpileCell } from './prepare-cell'

const examples = new URL('../../../../../docs/examples/', import.meta.url)
const cells = readdirSync(examples)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => ({ file, source: readFileSync(new URL(file, examples), 'utf8') }))

async function transpiled(source: string): Promise<TranspiledCell> {
  const result = await transpileCell(source)
  if (!result.ok) throw new Error(`expected a cell, got ${JSON.stringify(result.problem)}`)
  return result.cell
}

describe('transpileCell', () => {
  it('finds the chapter cells', () => {
    expect(cells.length).toBeGreaterThanOrEqual(10)
  })

  it.each(cells)(
    'keeps $file line for line, and every import it has is a package or Node',
    async ({ source }) => {
      const result = await transpileCell(source)
      if (result.ok) {
        expect(result.cell.code.split('\n')).toHaveLength(source.split('\n').length)
        expect(result.cell.modules.length).toBeGreaterThan(0)
      } else {
        // Only a cell that reads the machine it runs on may fail here, and then for that reason.
        expect(result.problem).toMatchObject({ kind: 'import', reason: 'node' })
      }
    },
  )

  it('strips the types and keeps the code', async () => {
    const cell = await transpiled(
      "import { type Tensor, tensor1d } from '@d2l-ts/tensor'\n" +
        'const t: Tensor = tensor1d([1, 2]) as Tensor\n' +
        'interface P { x: number }\n' +
        'const p = { x: 1 } satisfies P\n',
    )
    expect(cell.code).toBe(
      "import { tensor1d } from '@d2l-ts/tensor'\n" +
        'const t = tensor1d([1, 2]) \n' +
        '\n' +
        'const p = { x: 1 } \n',
    )
    expect(cell.modules).toEqual(['@d2l-ts/tensor'])
  })

  it('lists each package once, in order of first import, re-exports included', async () => {
    const cell = await transpiled(
      "import { plot } from '@d2l-ts/plot'\nimport { Timer } from '@d2l-ts/d2l'\n" +
        "import { scatter } from '@d2l-ts/plot'\nexport * from '@d2l-ts/losses'\n",
    )
    expect(cell.modules).toEqual(['@d2l-ts/plot', '@d2l-ts/d2l', '@d2l-ts/losses'])
  })

  it.each([
    ["import os from 'node:os'", 'node:os', 'node'],
    ["import { readFileSync } from 'fs'", 'fs', 'node'],
    ["import { helper } from './helper.js'", './helper.js', 'relative'],
    ["import _ from 'lodash'", 'lodash', 'unknown'],
  ])('refuses %j before anything runs', async (source, specifier, reason) => {
    expect(await transpileCell(`console.log(1)\n${source}`)).toEqual({
      ok: false,
      problem: { kind: 'import', specifier, reason },
    })
  })

  it('reports a syntax error with its line and without sucrase’s (line:column) suffix', async () => {
    const result = await transpileCell('const a = 1\nconst b = (a +\nconsole.log(b')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problem).toMatchObject({ kind: 'syntax', line: 3 })
    expect(result.problem.kind === 'syntax' && result.problem.message).not.toMatch(/\(\d+:\d+\)/)
  })
})

describe('linkCell', () => {
  it('points static imports at the given URLs and every import( at the resolver', async () => {
    const cell = await transpiled(
      "import { plot } from '@d2l-ts/plot'\n" +
        'export { Timer } from "@d2l-ts/utils-timer"\n' +
        "const m = await import('@d2l-ts/d2l')\n" +
        'const n = await import(["node", "fs"].join(":"))\n' +
        'console.log(import.meta.url)\n',
    )
    const linked = linkCell(cell, (name) => `blob:${name.slice(8)}`, 'load')
    expect(linked).toBe(
      "import { plot } from 'blob:plot'\n" +
        'export { Timer } from "blob:utils-timer"\n' +
        "const m = await load('@d2l-ts/d2l')\n" +
        'const n = await load(["node", "fs"].join(":"))\n' +
        'console.log(import.meta.url)\n',
    )
  })

  it('gives the code unchanged when it imports nothing', async () => {
    const cell = await transpiled('console.log(6 * 7)\n')
    expect(linkCell(cell, () => 'never', 'load')).toBe('console.log(6 * 7)\n')
  })
})
