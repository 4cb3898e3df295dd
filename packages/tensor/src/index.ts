// tfjs-core's functional API and types, so that other packages and users import tensors only from
// here. The names defined below (setBackend, getBackend, randomNormal, randomUniform) replace tfjs's
// own: ES modules let a local export shadow one from `export *`.
export * from '@tensorflow/tfjs-core'

import './setup.js'

// The one error family of d2l-ts, re-exported so that tensor users need no second import.
export type { DivergenceDetails, ErrorDetails } from '@d2l-ts/errors'
export {
  ArgumentError,
  BackendError,
  D2lError,
  DivergenceError,
  describeValue,
  ShapeError,
  ValueError,
} from '@d2l-ts/errors'
export type { IntegerBounds, Shaped } from './assert.js'
export {
  assertFinite,
  assertInteger,
  assertPositive,
  assertRank,
  assertSameRows,
  assertShape,
  formatShape,
} from './assert.js'
export type { BackendInfo, BackendName, BackendRequest } from './backends.js'
export {
  BACKEND_NAMES,
  getBackend,
  listBackends,
  setBackend,
} from './backends.js'
export type { Borrowed } from './borrow.js'
export { borrow, borrowValues } from './borrow.js'
export type { Loss, Module, Optimizer, Stepper, StepResult } from './contracts.js'
export type { RandomNormalOptions, RandomUniformOptions, SeedOptions } from './random.js'
export { createRng, permutation, randomNormal, randomUniform, shuffle } from './random.js'
