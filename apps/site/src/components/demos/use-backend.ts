// What every demo shares about the tensor backend: one `setBackend('auto')` per page, a hook that
// shows its answer, and a page-wide lock so that the vectorization demo, which switches backends on
// purpose, does not pull the backend away from a demo in the middle of its work.
//
// The tensor library is imported dynamically, in the browser only: Astro renders every island's
// HTML at build time in Node, where tfjs-core (bundled as ES modules) cannot start, and the page
// should not pay for tfjs before a demo is on screen anyway. Modules that compute with tensors
// (sgd-session, line-data, normal-losses, closed-form-solve, vectorization-timing) are likewise only
// reached through import().
import type * as TensorLibrary from '@d2l-ts/tensor'
import { useEffect, useState } from 'preact/hooks'

/** The @d2l-ts/tensor module. */
export type Tensors = typeof TensorLibrary
/** A backend's name. */
export type BackendName = TensorLibrary.BackendName

let library: Promise<Tensors> | undefined
let autoChoice: Promise<BackendName> | undefined

/** Loads @d2l-ts/tensor (once per page). */
export function loadTensors(): Promise<Tensors> {
  library ??= import('@d2l-ts/tensor')
  return library
}

/**
 * `await setBackend('auto')`, once per page: every island on the page awaits the same promise, so a
 * demo that mounts late never switches the backend under another demo's feet.
 */
export function chooseBackend(): Promise<BackendName> {
  autoChoice ??= loadTensors().then((tensors) => tensors.setBackend('auto'))
  return autoChoice
}

/** The backend the page chose, once chosen; and the error, if none could be initialised. */
export interface BackendState {
  backend: BackendName | null
  error: unknown
}

/** How many tensors are alive now (tfjs's memory().numTensors), once the library is loaded. */
export async function liveTensors(): Promise<number> {
  return (await loadTensors()).memory().numTensors
}

/** Calls {@link chooseBackend} on mount and re-renders with its answer. */
export function useBackend(): BackendState {
  const [state, setState] = useState<BackendState>({ backend: null, error: null })
  useEffect(() => {
    let live = true
    chooseBackend().then(
      (backend) => live && setState({ backend, error: null }),
      (error: unknown) => live && setState({ backend: null, error }),
    )
    return () => {
      live = false
    }
  }, [])
  return state
}

let lockTail: Promise<unknown> = Promise.resolve()
let lockHeld = false

/**
 * Runs `task` alone: tasks passed here run one after another, never interleaved. The vectorization
 * demo holds it while it switches backends; other demos await {@link whenIdle} between steps.
 */
export function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const run = lockTail.then(async () => {
    lockHeld = true
    try {
      return await task()
    } finally {
      lockHeld = false
    }
  })
  lockTail = run.catch(() => undefined)
  return run
}

/** Resolves at once when no {@link exclusive} task runs, else when the last one queued has ended. */
export async function whenIdle(): Promise<void> {
  while (lockHeld) await lockTail
}

/** Resolves at the next animation frame (or after 16 ms where there are no frames). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => resolve())
    else setTimeout(resolve, 16)
  })
}

/** Lets the browser handle input and paint before the next piece of work. */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/** The text of any thrown value: an Error's message, or the value itself. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}
