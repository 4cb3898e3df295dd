// The site's bundled copies of the packages, one lazy import each: a cell loads only what it names.
// Typed by CELL_MODULE_NAMES, so a package added there without a loader here fails the typecheck.
import type { CellModuleName } from './cell-imports'

/** A module's namespace object. */
export type ModuleNamespace = Record<string, unknown>

/**
 * Loads each package a live cell can import (in the worker; the bundler gives each its chunks).
 * `pnpm new:model` adds each new model here, finding the list by its first line
 * (turbo/generators/config.ts).
 *
 * @example
 * ```ts
 * const { plot } = await CELL_MODULES['@d2l-ts/plot']()
 * ```
 */
export const CELL_MODULES: Record<CellModuleName, () => Promise<ModuleNamespace>> = {
  '@d2l-ts/d2l': () => import('@d2l-ts/d2l'),
  '@d2l-ts/data': () => import('@d2l-ts/data'),
  '@d2l-ts/errors': () => import('@d2l-ts/errors'),
  '@d2l-ts/losses': () => import('@d2l-ts/losses'),
  '@d2l-ts/models-linear': () => import('@d2l-ts/models-linear'),
  '@d2l-ts/models-softmax': () => import('@d2l-ts/models-softmax'),
  '@d2l-ts/nn': () => import('@d2l-ts/nn'),
  '@d2l-ts/optim-sgd': () => import('@d2l-ts/optim-sgd'),
  '@d2l-ts/plot': () => import('@d2l-ts/plot'),
  '@d2l-ts/tensor': () => import('@d2l-ts/tensor'),
  '@d2l-ts/train': () => import('@d2l-ts/train'),
  '@d2l-ts/utils-timer': () => import('@d2l-ts/utils-timer'),
}
