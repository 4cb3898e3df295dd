// Turns a cell's TypeScript into a module the worker can import: sucrase strips the types (keeping
// every statement on its line, so an error's line number is the reader's), and es-module-lexer finds
// the imports, so that the packages' public names can be pointed at the site's bundled copies.
// Import maps would do that more simply, but browsers do not apply them inside workers.
import { init, parse } from 'es-module-lexer'
import { transform } from 'sucrase'
import {
  type CellModuleName,
  isCellModule,
  type SpecifierKind,
  specifierKind,
} from './cell-imports'

/** Why a cell cannot start: its code does not parse, or it imports what a browser cannot give. */
export type CellProblem =
  | { kind: 'syntax'; message: string; line?: number }
  | { kind: 'import'; specifier: string; reason: Exclude<SpecifierKind, 'package'> }

/** Where the JavaScript names a module: a static import's specifier, or a dynamic `import(`. */
interface ImportSite {
  kind: 'static' | 'dynamic'
  /** The specifier's span (static), or the `import` keyword's span (dynamic). */
  start: number
  end: number
  module?: CellModuleName
}

/** A cell that parsed and whose static imports are all packages a live cell has. */
export interface TranspiledCell {
  /** The cell as JavaScript, line for line the reader's TypeScript. */
  code: string
  /** The packages its static imports name, each once, in order of first import. */
  modules: CellModuleName[]
  sites: readonly ImportSite[]
}

/** What {@link transpileCell} gives: a cell ready to link, or why there is none. */
export type Transpiled = { ok: true; cell: TranspiledCell } | { ok: false; problem: CellProblem }

/**
 * Strips a cell's types and checks its imports. A cell that fails either way is never run: like a
 * module that fails to link, none of its code runs, and the problem says why.
 *
 * @example
 * ```ts
 * const result = await transpileCell("import { plot } from '@d2l-ts/plot'\nconst n: number = 1")
 * result.ok && result.cell.modules // ['@d2l-ts/plot']
 * (await transpileCell("import os from 'node:os'")).ok // false: { kind: 'import', reason: 'node' }
 * ```
 */
export async function transpileCell(source: string): Promise<Transpiled> {
  let code: string
  try {
    code = transform(source, {
      transforms: ['typescript'],
      // The project compiles with verbatimModuleSyntax: an import without `type` stays, even
      // unused, as it did when the cell ran at build time.
      keepUnusedImports: true,
      // Browsers that run module workers have every syntax sucrase could lower; keep it as written.
      disableESTransforms: true,
    }).code
  } catch (error) {
    return { ok: false, problem: syntaxProblem(error) }
  }
  await init()
  let imports: ReturnType<typeof parse>[0]
  try {
    ;[imports] = parse(code)
  } catch (error) {
    const at = (error as { idx?: number }).idx
    const line = at === undefined ? undefined : code.slice(0, at).split('\n').length
    return { ok: false, problem: { kind: 'syntax', message: messageOf(error), ...lineField(line) } }
  }
  const sites: ImportSite[] = []
  const modules: CellModuleName[] = []
  for (const found of imports) {
    if (found.type === 'import-meta') continue
    if (found.type === 'dynamic') {
      // Every import() goes through the worker's resolver, whatever its argument: only at run time
      // is a computed specifier known.
      sites.push({ kind: 'dynamic', start: found.importStart, end: found.importStart + 6 })
      continue
    }
    const specifier = found.specifier
    if (!isCellModule(specifier)) {
      const reason = specifierKind(specifier) as Exclude<SpecifierKind, 'package'>
      return { ok: false, problem: { kind: 'import', specifier, reason } }
    }
    if (!modules.includes(specifier)) modules.push(specifier)
    sites.push({ kind: 'static', start: found.start, end: found.end, module: specifier })
  }
  return { ok: true, cell: { code, modules, sites } }
}

/**
 * The cell's JavaScript with each static import pointed at `urlOf(package)` and each `import(`
 * replaced by a call of the global function named `dynamicImport`. Only spans within a line change,
 * so line numbers still match the reader's source.
 *
 * @example
 * ```ts
 * const result = await transpileCell("import { plot } from '@d2l-ts/plot'")
 * if (result.ok) linkCell(result.cell, () => 'blob:x', 'load')
 * // "import { plot } from 'blob:x'"
 * ```
 */
export function linkCell(
  cell: TranspiledCell,
  urlOf: (module: CellModuleName) => string,
  dynamicImport: string,
): string {
  let linked = ''
  let done = 0
  for (const site of cell.sites) {
    const replacement = site.module === undefined ? dynamicImport : urlOf(site.module)
    linked += cell.code.slice(done, site.start) + replacement
    done = site.end
  }
  return linked + cell.code.slice(done)
}

function syntaxProblem(error: unknown): CellProblem {
  const line = (error as { loc?: { line?: number } }).loc?.line
  // sucrase ends its messages with "(line:column)"; the line is reported on its own.
  return {
    kind: 'syntax',
    message: messageOf(error).replace(/\s*\(\d+:\d+\)$/, ''),
    ...lineField(line),
  }
}

function lineField(line: number | undefined): { line?: number } {
  return line === undefined ? {} : { line }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
