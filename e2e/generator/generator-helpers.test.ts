import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkModelName } from '../../turbo/generators/model-name.js'
import {
  sortDependencies,
  sortListEntries,
  sortModelEntries,
} from '../../turbo/generators/workspace-wiring.js'

// The generator's pure parts, on small inputs; generator.test.ts runs the whole of it.

describe('checkModelName', () => {
  const root = mkdtempSync(join(tmpdir(), 'd2l-ts-names-'))
  mkdirSync(join(root, 'packages/models/linear'), { recursive: true })
  mkdirSync(join(root, 'packages/odd'), { recursive: true })
  writeFileSync(join(root, 'packages/odd/package.json'), '{ "name": "@d2l-ts/models-taken" }')
  mkdirSync(join(root, 'docs/content/zh-cn/models'), { recursive: true })
  writeFileSync(join(root, 'docs/content/zh-cn/models/orphan.mdx'), '')
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it.each(['softmax', 'ridge', 'mlp-2', 'a1-b2-c3'])('accepts %s', (name) => {
    expect(checkModelName(name, root)).toBe(true)
  })

  it.each([
    ['', 'a model name is required: pnpm new:model <name>'],
    ['Softmax', '"Softmax" is not a valid model name'],
    ['2d', '"2d" is not a valid model name'],
    ['a--b', '"a--b" is not a valid model name'],
    ['trailing-', '"trailing-" is not a valid model name'],
    ['has space', '"has space" is not a valid model name'],
    ['../escape', '"../escape" is not a valid model name'],
    ['x'.repeat(41), 'is too long for a model name: at most 40 characters'],
    ['linear', '"linear" is taken: packages/models/linear already exists'],
    ['taken', '"taken" is taken: the workspace already has a package named @d2l-ts/models-taken'],
    ['orphan', '"orphan" is taken: docs/content/zh-cn/models/orphan.mdx already exists'],
  ])('refuses %j', (name, message) => {
    expect(checkModelName(name, root)).toContain(message)
  })
})

describe('sortModelEntries', () => {
  it('moves an appended model next to the others, in alphabetical order', () => {
    const text = [
      'export const apiPackages = [',
      "  { name: '@d2l-ts/d2l', path: 'packages/d2l', slug: 'd2l' },",
      "  { name: '@d2l-ts/models-softmax', path: 'packages/models/softmax', slug: 'models-softmax' },",
      "  { name: '@d2l-ts/losses', path: 'packages/losses', slug: 'losses' },",
      "  { name: '@d2l-ts/models-linear', path: 'packages/models/linear', slug: 'models-linear' },",
      ']',
    ].join('\n')
    expect(sortModelEntries(text).split('\n')).toEqual([
      'export const apiPackages = [',
      "  { name: '@d2l-ts/d2l', path: 'packages/d2l', slug: 'd2l' },",
      "  { name: '@d2l-ts/models-linear', path: 'packages/models/linear', slug: 'models-linear' },",
      "  { name: '@d2l-ts/models-softmax', path: 'packages/models/softmax', slug: 'models-softmax' },",
      "  { name: '@d2l-ts/losses', path: 'packages/losses', slug: 'losses' },",
      ']',
    ])
  })

  it('keeps an entry that Biome spread over several lines whole', () => {
    const long = [
      '  {',
      "    name: '@d2l-ts/models-a-rather-long-model-name',",
      "    path: 'packages/models/a-rather-long-model-name',",
      "    slug: 'models-a-rather-long-model-name',",
      '  },',
    ]
    const text = [
      'export const apiPackages = [',
      "  { name: '@d2l-ts/models-linear', path: 'packages/models/linear', slug: 'models-linear' },",
      ...long,
      "  { name: '@d2l-ts/models-abc', path: 'packages/models/abc', slug: 'models-abc' },",
      ']',
    ].join('\n')
    expect(sortModelEntries(text).split('\n')).toEqual([
      'export const apiPackages = [',
      ...long,
      "  { name: '@d2l-ts/models-abc', path: 'packages/models/abc', slug: 'models-abc' },",
      "  { name: '@d2l-ts/models-linear', path: 'packages/models/linear', slug: 'models-linear' },",
      ']',
    ])
  })
})

describe('sortDependencies', () => {
  it('sorts the dependencies by name and keeps everything else', () => {
    const text = JSON.stringify({ name: 'docs', dependencies: { b: '1', '@x/a': '2', a: '3' } })
    expect(sortDependencies(text)).toBe(
      `${JSON.stringify({ name: 'docs', dependencies: { '@x/a': '2', a: '3', b: '1' } }, null, 2)}\n`,
    )
  })
})

describe('sortListEntries', () => {
  it('puts the names of a list in order and leaves the rest of the file alone', () => {
    const text = [
      '/** What a cell may import. */',
      'export const NAMES = [',
      "  '@d2l-ts/models-ridge',",
      "  '@d2l-ts/d2l',",
      "  '@d2l-ts/models-linear',",
      "  '@d2l-ts/utils-timer',",
      '] as const',
      '',
      'const OTHERS = [',
      "  'z',",
      "  'a',",
      ']',
    ].join('\n')
    expect(sortListEntries(text, 'export const NAMES = [').split('\n')).toEqual([
      '/** What a cell may import. */',
      'export const NAMES = [',
      "  '@d2l-ts/d2l',",
      "  '@d2l-ts/models-linear',",
      "  '@d2l-ts/models-ridge',",
      "  '@d2l-ts/utils-timer',",
      '] as const',
      '',
      'const OTHERS = [',
      "  'z',",
      "  'a',",
      ']',
    ])
  })

  it('sorts an object by its keys, a prefix before its longer names, and keeps a spread entry whole', () => {
    const long = [
      "  '@d2l-ts/models-a-rather-long-model-name-that-wraps': () =>",
      "    import('@d2l-ts/models-a-rather-long-model-name-that-wraps'),",
    ]
    const text = [
      'export const LOADERS: Record<Name, Loader> = {',
      "  '@d2l-ts/models-a': () => import('@d2l-ts/models-a'),",
      "  '@d2l-ts/plot': () => import('@d2l-ts/plot'),",
      ...long,
      "  '@d2l-ts/models-a-b': () => import('@d2l-ts/models-a-b'),",
      '}',
    ].join('\n')
    expect(
      sortListEntries(text, 'export const LOADERS: Record<Name, Loader> = {').split('\n'),
    ).toEqual([
      'export const LOADERS: Record<Name, Loader> = {',
      "  '@d2l-ts/models-a': () => import('@d2l-ts/models-a'),",
      "  '@d2l-ts/models-a-b': () => import('@d2l-ts/models-a-b'),",
      ...long,
      "  '@d2l-ts/plot': () => import('@d2l-ts/plot'),",
      '}',
    ])
  })

  it('sorts a list indented inside a block, up to its own closing bracket', () => {
    const text = [
      '{',
      '  list: [',
      "    'b',",
      "    'a',",
      '  ],',
      "  after: ['d', 'c'],",
      '}',
    ].join('\n')
    expect(sortListEntries(text, 'list: [')).toBe(
      ['{', '  list: [', "    'a',", "    'b',", '  ],', "  after: ['d', 'c'],", '}'].join('\n'),
    )
  })

  it('refuses a file without the list, naming the line it looked for', () => {
    expect(() => sortListEntries('export const OTHER = [\n]\n', 'export const NAMES = [')).toThrow(
      'no list opened by "export const NAMES = [" to add the model to',
    )
  })
})
