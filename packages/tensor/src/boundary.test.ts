// @d2l-ts/tensor is the only door to tfjs: every other workspace file talks to tensors through it,
// so a tfjs quirk (or a change of engine) is met in one place. This test reads the sources of the
// whole workspace and fails where another file opens the door itself.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'

const root = new URL('../../../', import.meta.url).pathname

/** Workspace sources other than this package's, tracked or new (not ignored build outputs). */
function sources(): string[] {
  const listing = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {
    cwd: root,
    encoding: 'utf8',
  })
  return (
    listing
      .split('\0')
      .filter((file) => /\.(ts|tsx|mts|mjs|js|astro|hbs)$/.test(file))
      .filter((file) => !file.startsWith('packages/tensor/'))
      // The benchmark's peers are tfjs programs on purpose: they are what d2l-ts is measured against.
      .filter((file) => !file.startsWith('bench/src/peers/'))
  )
}

/** The lines of `file` that match `pattern`, as `file:line: text`. */
function offending(pattern: RegExp): string[] {
  return sources().flatMap((file) =>
    readFileSync(join(root, file), 'utf8')
      .split('\n')
      .flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
  )
}

const IMPORTS = /(from\s+|import\s*\(\s*|require\s*\(\s*)['"]@tensorflow\//
// The wasm heap, the backends' tensor maps, the engine and raw data ids are tensor's business;
// everyone else borrows values through borrow() / borrowValues().
const STORAGE = /typedArrayFromHeap|dataIdMap|\bengine\(\)|\.backend\(\)|\.dataId\b/

it('is the only package that imports @tensorflow/*', () => {
  expect(offending(IMPORTS)).toEqual([])
})

it('is the only package that reaches into a backend’s storage', () => {
  expect(offending(STORAGE)).toEqual([])
})

it('would notice an offender (the patterns match what they are for)', () => {
  expect(IMPORTS.test("import * as tf from '@tensorflow/tfjs-core'")).toBe(true)
  expect(IMPORTS.test("const wasm = await import('@tensorflow/tfjs-backend-wasm')")).toBe(true)
  expect(STORAGE.test('const view = backend.typedArrayFromHeap(x)')).toBe(true)
  expect(STORAGE.test('tf.backend().data.get(x.dataId)')).toBe(true)
  expect(IMPORTS.test("import { add } from '@d2l-ts/tensor'")).toBe(false)
})
