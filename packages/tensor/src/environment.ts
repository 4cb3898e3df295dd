/** Where the code runs, as far as backends care. */
export type Environment = 'node' | 'browser' | 'worker' | 'other'

/** Tells Node.js, a browser page and a web worker apart (Deno and Bun report as Node if they emulate it). */
export function detectEnvironment(): Environment {
  const g = globalThis as Record<string, unknown>
  const proc = g.process as { versions?: { node?: string } } | undefined
  if (typeof proc?.versions?.node === 'string' && typeof g.document === 'undefined') return 'node'
  if (typeof g.document !== 'undefined') return 'browser'
  if (typeof g.importScripts === 'function') return 'worker'
  return 'other'
}
