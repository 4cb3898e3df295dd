// What a live cell may import: the project's packages by their public names, resolved in the worker
// to the copies the site bundles (cell-modules.ts). Everything else is named for what it is, so the
// reader gets a sentence instead of "Failed to resolve module specifier".

/**
 * The packages a live cell can import, by the names a reader would `npm i`. `pnpm new:model` adds
 * each new model here, finding the list by its first line (turbo/generators/config.ts).
 */
export const CELL_MODULE_NAMES = [
  '@d2l-ts/d2l',
  '@d2l-ts/data',
  '@d2l-ts/errors',
  '@d2l-ts/losses',
  '@d2l-ts/models-linear',
  '@d2l-ts/models-softmax',
  '@d2l-ts/nn',
  '@d2l-ts/optim-sgd',
  '@d2l-ts/plot',
  '@d2l-ts/tensor',
  '@d2l-ts/train',
  '@d2l-ts/utils-timer',
] as const

/** One of {@link CELL_MODULE_NAMES}. */
export type CellModuleName = (typeof CELL_MODULE_NAMES)[number]

/** The packages that compute with no tensors, so a cell importing only these needs no backend. */
const WITHOUT_TENSORS: readonly CellModuleName[] = [
  '@d2l-ts/errors',
  '@d2l-ts/plot',
  '@d2l-ts/utils-timer',
]

/**
 * Node's built-in modules, which a bare name may also reach (`import os from 'os'`); from the
 * list in Node's documentation (nodejs.org/api, "Modules: node:module API", builtinModules).
 */
const NODE_BUILTINS = new Set([
  'assert',
  'async_hooks',
  'buffer',
  'child_process',
  'cluster',
  'console',
  'constants',
  'crypto',
  'dgram',
  'diagnostics_channel',
  'dns',
  'domain',
  'events',
  'fs',
  'http',
  'http2',
  'https',
  'inspector',
  'module',
  'net',
  'os',
  'path',
  'perf_hooks',
  'process',
  'punycode',
  'querystring',
  'readline',
  'repl',
  'stream',
  'string_decoder',
  'sys',
  'timers',
  'tls',
  'trace_events',
  'tty',
  'url',
  'util',
  'v8',
  'vm',
  'wasi',
  'worker_threads',
  'zlib',
])

/** What an import specifier reaches, as far as a live cell is concerned. */
export type SpecifierKind = 'package' | 'node' | 'relative' | 'unknown'

/**
 * Sorts an import specifier: one of the project's packages, a Node.js built-in (`node:fs`, `os`,
 * `fs/promises`), a file path (`./util.js`, `/x.js`), or anything else (other packages, URLs).
 *
 * @example
 * ```ts
 * specifierKind('@d2l-ts/d2l') // 'package'
 * specifierKind('node:os') // 'node'
 * specifierKind('./helpers.js') // 'relative'
 * specifierKind('lodash') // 'unknown'
 * ```
 */
export function specifierKind(specifier: string): SpecifierKind {
  if (isCellModule(specifier)) return 'package'
  if (specifier.startsWith('node:') || NODE_BUILTINS.has(specifier.split('/')[0] ?? '')) {
    return 'node'
  }
  if (/^\.{0,2}\//.test(specifier)) return 'relative'
  return 'unknown'
}

/**
 * True for the names of {@link CELL_MODULE_NAMES}.
 *
 * @example
 * ```ts
 * isCellModule('@d2l-ts/plot') // true
 * isCellModule('@d2l-ts/plot/package.json') // false: only the packages' main entries
 * ```
 */
export function isCellModule(specifier: string): specifier is CellModuleName {
  return (CELL_MODULE_NAMES as readonly string[]).includes(specifier)
}

/**
 * True when a cell importing these packages computes with tensors, and so needs a backend chosen
 * before it runs.
 *
 * @example
 * ```ts
 * needsBackend(['@d2l-ts/plot']) // false
 * needsBackend(['@d2l-ts/plot', '@d2l-ts/d2l']) // true
 * ```
 */
export function needsBackend(modules: readonly CellModuleName[]): boolean {
  return modules.some((name) => !WITHOUT_TENSORS.includes(name))
}

/**
 * A cell asked for a module it cannot have in a browser. Thrown by the worker's `import()` for a
 * dynamic import; static imports are checked before the cell runs (prepare-cell.ts).
 *
 * @example
 * ```ts
 * const error = new CellImportError('node:fs')
 * error.kind // 'node'
 * ```
 */
export class CellImportError extends Error {
  override name = 'CellImportError'
  readonly specifier: string
  readonly kind: SpecifierKind

  constructor(specifier: string) {
    super(`a live cell cannot import ${specifier}`)
    this.specifier = specifier
    this.kind = specifierKind(specifier)
  }
}
