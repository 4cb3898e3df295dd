import { BackendError, describeValue, ValueError } from '@d2l-ts/errors'
import * as tf from '@tensorflow/tfjs-core'
import { detectEnvironment, type Environment } from './environment.js'
import { browserWasmPaths } from './wasm-paths.js'

/** The backends d2l-ts knows how to load. */
export const BACKEND_NAMES = ['cpu', 'wasm', 'webgl', 'webgpu'] as const

/** A backend's name. */
export type BackendName = (typeof BACKEND_NAMES)[number]

/** What {@link setBackend} accepts: a backend, or `'auto'` for the best one available here. */
export type BackendRequest = BackendName | 'auto'

/** One row of {@link listBackends}. */
export interface BackendInfo {
  name: BackendName
  /** True when `setBackend(name)` would succeed here. */
  available: boolean
  /** Why it is not available, when it is not. */
  reason?: string
  /** The npm package that provides it. */
  package: string
}

interface BackendSource {
  package: string
  /** Why the environment rules the backend out, before trying to load anything. */
  unsupported(environment: Environment): string | undefined
  /** Imports the package, which registers the backend with tfjs. Static specifiers, for bundlers. */
  load(environment: Environment): Promise<unknown>
}

const SOURCES: Record<BackendName, BackendSource> = {
  cpu: {
    package: '@tensorflow/tfjs-backend-cpu',
    unsupported: () => undefined,
    load: async () => undefined, // registered by setup.ts
  },
  wasm: {
    package: '@tensorflow/tfjs-backend-wasm',
    unsupported: () =>
      typeof WebAssembly === 'undefined' ? 'this runtime has no WebAssembly' : undefined,
    load: async (environment) => {
      const wasm = await import('@tensorflow/tfjs-backend-wasm')
      if (environment !== 'node') wasm.setWasmPaths(browserWasmPaths())
    },
  },
  webgl: {
    package: '@tensorflow/tfjs-backend-webgl',
    unsupported: (environment) =>
      environment === 'node'
        ? 'WebGL needs a browser; Node.js has no WebGL context'
        : typeof OffscreenCanvas === 'undefined' && environment !== 'browser'
          ? 'WebGL needs a browser page or a worker with OffscreenCanvas'
          : undefined,
    load: () => import('@tensorflow/tfjs-backend-webgl'),
  },
  webgpu: {
    package: '@tensorflow/tfjs-backend-webgpu',
    unsupported: () =>
      typeof navigator === 'undefined' || !('gpu' in navigator)
        ? 'this runtime has no WebGPU (navigator.gpu is missing)'
        : undefined,
    load: () => import('@tensorflow/tfjs-backend-webgpu'),
  },
}

/** The order `'auto'` tries, best first: GPU, then WebAssembly (SIMD matmul), then plain JS. */
const AUTO_ORDER: Record<Environment, BackendName[]> = {
  node: ['wasm', 'cpu'],
  browser: ['webgl', 'wasm', 'cpu'],
  worker: ['webgl', 'wasm', 'cpu'],
  other: ['cpu'],
}

const loaded = new Map<BackendName, Promise<string | undefined>>()

/** Loads a backend's package once; resolves to the reason it is unusable, or undefined. */
function ensureLoaded(name: BackendName, environment: Environment): Promise<string | undefined> {
  let pending = loaded.get(name)
  if (!pending) {
    const source = SOURCES[name]
    pending = source.load(environment).then(
      () => undefined,
      (error: unknown) =>
        isMissingModule(error)
          ? `its package is not installed: run npm i ${source.package}@${tf.version_core}`
          : `loading ${source.package} failed: ${messageOf(error)}`,
    )
    loaded.set(name, pending)
  }
  return pending
}

function isMissingModule(error: unknown): boolean {
  const text = `${(error as { code?: string })?.code ?? ''} ${messageOf(error)}`
  return /ERR_MODULE_NOT_FOUND|MODULE_NOT_FOUND|Cannot find (module|package)|Could not resolve|Failed to resolve/i.test(
    text,
  )
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Why `name` cannot run here, or undefined if it can; loads and initialises it to find out. */
async function whyUnavailable(name: BackendName): Promise<string | undefined> {
  const environment = detectEnvironment()
  const ruledOut = SOURCES[name].unsupported(environment)
  if (ruledOut) return ruledOut
  const loadFailure = await ensureLoaded(name, environment)
  if (loadFailure) return loadFailure
  try {
    const { success } = initializeWithoutSwitching(name)
    return (await success) ? undefined : 'it failed to initialise on this device'
  } catch (error) {
    return `it failed to initialise: ${messageOf(error)}`
  }
}

/**
 * tfjs initialises a backend only as part of switching to it; its engine's `initializeBackend` does
 * the same work without switching and keeps the instance for a later `setBackend`. It is private in
 * the typings, so this is the one place that reaches for it (tfjs-core is pinned exactly).
 */
function initializeWithoutSwitching(name: BackendName): { success: boolean | Promise<boolean> } {
  // Never twice: a second initialisation would replace the instance and lose its state.
  if (tf.engine().registry[name]) return { success: true }
  const engine = tf.engine() as unknown as {
    initializeBackend(name: string): { success: boolean | Promise<boolean> }
  }
  return engine.initializeBackend(name)
}

/**
 * Which backends can run in this environment, and why the others cannot. Loads each optional
 * backend package that is installed, so the answer is a real trial, not a guess.
 *
 * @example
 * ```ts
 * import { listBackends } from '@d2l-ts/tensor'
 * for (const b of await listBackends()) console.log(b.name, b.available ? 'yes' : b.reason)
 * // in Node: cpu yes, wasm yes, webgl WebGL needs a browser; …, webgpu this runtime has no WebGPU …
 * ```
 */
export async function listBackends(): Promise<BackendInfo[]> {
  const rows: BackendInfo[] = []
  for (const name of BACKEND_NAMES) {
    const reason = await whyUnavailable(name)
    rows.push({
      name,
      available: reason === undefined,
      package: SOURCES[name].package,
      ...(reason === undefined ? {} : { reason }),
    })
  }
  return rows
}

async function availableNames(): Promise<BackendName[]> {
  return (await listBackends()).filter((b) => b.available).map((b) => b.name)
}

/**
 * Switches every following tensor operation to a backend, loading its package on first use.
 * `'auto'` takes the best one available here: webgl, then wasm, then cpu in a browser; wasm, then cpu
 * in Node.
 *
 * @returns the backend now in use.
 * @throws {ValueError} when `name` is not a known backend.
 * @throws {BackendError} when the backend cannot run here, saying why and what can.
 * @example
 * ```ts
 * import { setBackend } from '@d2l-ts/tensor'
 * await setBackend('cpu') // 'cpu'
 * const chosen = await setBackend('auto') // 'webgl' in a browser with WebGL
 * ```
 */
export async function setBackend(name: BackendRequest): Promise<BackendName> {
  if (name === 'auto') {
    for (const candidate of AUTO_ORDER[detectEnvironment()]) {
      if ((await whyUnavailable(candidate)) === undefined && (await tf.setBackend(candidate))) {
        return candidate
      }
    }
    throw new BackendError('cpu', 'no backend could be initialised', [])
  }
  if (!isBackendName(name)) {
    throw new ValueError({
      argument: 'backend',
      expected: `one of ${[...BACKEND_NAMES, 'auto'].map((n) => `'${n}'`).join(', ')}`,
      received: describeValue(name),
    })
  }
  const reason = await whyUnavailable(name)
  if (reason !== undefined || !(await tf.setBackend(name))) {
    throw new BackendError(name, reason ?? 'it failed to initialise', await availableNames())
  }
  return name
}

/**
 * The backend in use now (`'cpu'` until {@link setBackend} chooses another).
 *
 * @example
 * ```ts
 * import { getBackend } from '@d2l-ts/tensor'
 * getBackend() // 'cpu'
 * ```
 */
export function getBackend(): BackendName {
  return tf.getBackend() as BackendName
}

function isBackendName(name: unknown): name is BackendName {
  return (BACKEND_NAMES as readonly unknown[]).includes(name)
}
