// One run of one cell, in a module worker of its own. The page ends a runaway cell by terminating
// the worker, which no loop inside it can prevent, and every run starts as fresh as `node cell.ts`
// did when the site was built: no tensors, variables or backend left over from an earlier run.
import { CellImportError, type CellModuleName, isCellModule, needsBackend } from './cell-imports'
import { CELL_MODULES, type ModuleNamespace } from './cell-modules'
import { formatLogArguments } from './console-format'
import type { ConsoleStream, RunMessage, ThrownError, WorkerMessage } from './messages'
import { linkCell, transpileCell } from './prepare-cell'

/** The part of a dedicated worker's global scope used here (the site's types are the DOM's). */
interface WorkerScope {
  postMessage(message: WorkerMessage): void
  addEventListener(type: 'message', listener: (event: MessageEvent<RunMessage>) => void): void
  addEventListener(
    type: 'unhandledrejection',
    listener: (event: PromiseRejectionEvent) => void,
  ): void
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void
}

const scope = globalThis as unknown as WorkerScope
/** The global function every `import(` of a cell is rewritten to call. */
const DYNAMIC_IMPORT = '__d2lCellImport'
/** Where the shim modules find the namespaces they re-export. */
const REGISTRY = Symbol.for('d2l-ts.live-cell.modules')
/** A runaway loop that prints floods the page with messages: after this many lines, only a note. */
const MAX_LINES = 10_000

let ended = false
let lines = 0
/** The blob URLs the cell's modules got, to turn back into their names in error messages. */
const urlNames = new Map<string, string>()
let cellUrl = ''

function post(message: WorkerMessage): void {
  if (!ended) scope.postMessage(message)
}

function end(message: Extract<WorkerMessage, { kind: 'done' | 'failed' }>): void {
  post(message)
  ended = true
}

scope.addEventListener('message', (event) => void run(event.data.source))
// Node stops a script at an uncaught error or rejection, even one raised after the top level ran.
scope.addEventListener('unhandledrejection', (event) => {
  event.preventDefault()
  fail(event.reason)
})
scope.addEventListener('error', (event) => {
  event.preventDefault()
  fail(event.error ?? event.message)
})

async function run(source: string): Promise<void> {
  try {
    const transpiled = await transpileCell(source)
    if (!transpiled.ok) {
      end({ kind: 'failed', failure: transpiled.problem })
      return
    }
    const { cell } = transpiled
    const namespaces = await Promise.all(cell.modules.map((name) => CELL_MODULES[name]()))
    if (needsBackend(cell.modules)) post({ kind: 'backend', backend: await chooseBackend() })
    const registry = new Map<CellModuleName, ModuleNamespace>()
    ;(globalThis as Record<symbol, unknown>)[REGISTRY] = registry
    const urls = new Map<CellModuleName, string>()
    cell.modules.forEach((name, i) => {
      registry.set(name, namespaces[i] as ModuleNamespace)
      const url = moduleUrl(shimSource(name, namespaces[i] as ModuleNamespace))
      urls.set(name, url)
      urlNames.set(url, name)
    })
    ;(globalThis as Record<string, unknown>)[DYNAMIC_IMPORT] = importForCell
    cellUrl = moduleUrl(linkCell(cell, (name) => urls.get(name) ?? name, DYNAMIC_IMPORT))
    captureConsole()
    const started = performance.now()
    await import(/* @vite-ignore */ cellUrl)
    end({ kind: 'done', seconds: (performance.now() - started) / 1000 })
  } catch (error) {
    fail(error)
  }
}

/** webgl (through OffscreenCanvas) where this browser's workers have it, else cpu. */
async function chooseBackend(): Promise<string> {
  const { setBackend } = (await CELL_MODULES['@d2l-ts/tensor']()) as typeof import('@d2l-ts/tensor')
  try {
    return await setBackend('webgl')
  } catch {
    return await setBackend('cpu')
  }
}

/** What `import(specifier)` gives a cell: a package's namespace, or a CellImportError. */
async function importForCell(specifier: unknown): Promise<ModuleNamespace> {
  const name = String(specifier)
  if (!isCellModule(name)) throw new CellImportError(name)
  return CELL_MODULES[name]()
}

/**
 * A module that re-exports one namespace under its own names, so that the cell's static
 * `import { plot } from '…'` links (and a misspelt name fails to link, as it would in Node).
 */
function shimSource(name: CellModuleName, namespace: ModuleNamespace): string {
  const keys = Object.keys(namespace)
  const registry = `globalThis[Symbol.for(${JSON.stringify(REGISTRY.description)})]`
  return [
    `const { ${keys.map((key, i) => `${key}: m${i}`).join(', ')} } = ${registry}.get(${JSON.stringify(name)})`,
    `export { ${keys.map((key, i) => `m${i} as ${key}`).join(', ')} }`,
  ].join('\n')
}

function moduleUrl(code: string): string {
  return URL.createObjectURL(new Blob([code], { type: 'text/javascript' }))
}

function captureConsole(): void {
  const streams: Record<'log' | 'info' | 'debug' | 'warn' | 'error', ConsoleStream> = {
    log: 'out',
    info: 'out',
    debug: 'out',
    warn: 'err',
    error: 'err',
  }
  for (const [method, stream] of Object.entries(streams)) {
    console[method as keyof typeof streams] = (...args: unknown[]) => write(stream, args)
  }
}

function write(stream: ConsoleStream, args: unknown[]): void {
  if (lines >= MAX_LINES) return
  const text = formatLogArguments(args)
  lines += text.split('\n').length
  post({ kind: 'console', stream, text })
  if (lines >= MAX_LINES) post({ kind: 'truncated', lines })
}

function fail(error: unknown): void {
  if (error instanceof CellImportError && error.kind !== 'package') {
    end({
      kind: 'failed',
      failure: { kind: 'import', specifier: error.specifier, reason: error.kind },
    })
  } else {
    end({ kind: 'failed', failure: { kind: 'thrown', error: describeThrown(error) } })
  }
}

function describeThrown(error: unknown): ThrownError {
  if (!(error instanceof Error)) return { name: 'Uncaught', message: formatLogArguments([error]) }
  let message = error.message
  for (const [url, name] of urlNames) message = message.replaceAll(url, name)
  const line = cellUrl ? lineIn(error.stack ?? '', cellUrl) : undefined
  return { name: error.name, message, ...(line === undefined ? {} : { line }) }
}

/** The line of the first stack frame in the cell's own module. */
function lineIn(stack: string, url: string): number | undefined {
  const at = stack.indexOf(`${url}:`)
  if (at < 0) return undefined
  const line = /^:(\d+)/.exec(stack.slice(at + url.length))?.[1]
  return line === undefined ? undefined : Number(line)
}
