import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  CELL_MODULE_NAMES,
  CellImportError,
  isCellModule,
  needsBackend,
  specifierKind,
} from './cell-imports'

describe('what a live cell may import', () => {
  it('is every d2l-ts package the site depends on (its package.json is the other list)', () => {
    const site = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'))
    const packages = Object.keys(site.dependencies)
      .filter((name) => name.startsWith('@d2l-ts/') && name !== '@d2l-ts/docs')
      .sort()
    expect([...CELL_MODULE_NAMES].sort()).toEqual(packages)
  })

  it.each([
    ['@d2l-ts/d2l', 'package'],
    ['@d2l-ts/tensor', 'package'],
    ['node:fs', 'node'],
    ['node:fs/promises', 'node'],
    ['os', 'node'],
    ['fs/promises', 'node'],
    ['child_process', 'node'],
    ['./helpers.js', 'relative'],
    ['../data.ts', 'relative'],
    ['/abs/x.js', 'relative'],
    ['lodash', 'unknown'],
    ['@d2l-ts/d2l/package.json', 'unknown'],
    ['@tensorflow/tfjs-core', 'unknown'],
    ['https://example.org/x.js', 'unknown'],
  ])('sorts %s as %s', (specifier, kind) => {
    expect(specifierKind(specifier)).toBe(kind)
    expect(isCellModule(specifier)).toBe(kind === 'package')
  })

  it('asks for a backend only when a package that computes with tensors is imported', () => {
    expect(needsBackend([])).toBe(false)
    expect(needsBackend(['@d2l-ts/plot', '@d2l-ts/utils-timer'])).toBe(false)
    expect(needsBackend(['@d2l-ts/plot', '@d2l-ts/losses'])).toBe(true)
  })

  it('names what was asked for and why it cannot be had in CellImportError', () => {
    const error = new CellImportError('node:fs')
    expect(error).toBeInstanceOf(Error)
    expect([error.name, error.specifier, error.kind]).toEqual([
      'CellImportError',
      'node:fs',
      'node',
    ])
    expect(error.message).toBe('a live cell cannot import node:fs')
  })
})
