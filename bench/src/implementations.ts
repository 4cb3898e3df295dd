import type { ImplementationModule } from './problem.js'

/** Every implementation the bench can time. */
export type ImplementationId =
  | 'd2l-ts'
  | 'd2l-ts-summary'
  | 'tfjs-layers'
  | 'tfjs-core-loop'
  | 'ml-js'
  | 'jax-js'
  | 'jax-js-f64'
  | 'typed-array'
  | 'duckdb-two-pass'

/** Where an implementation runs: on each available tfjs backend, or on its own engine. */
export type Engine = 'tfjs' | 'js' | 'jax-wasm' | 'duckdb'

export interface ImplementationInfo {
  id: ImplementationId
  /** One line for the README and the JSON. */
  description: string
  engine: Engine
  /** Imported only inside the child process that times it, so no two libraries share a heap. */
  load(): Promise<ImplementationModule>
}

export const IMPLEMENTATIONS: Record<ImplementationId, ImplementationInfo> = {
  'd2l-ts': {
    id: 'd2l-ts',
    description:
      '@d2l-ts/models-linear LinearRegression.fit / fitClosedForm, on tensors or on a table (the code under test)',
    engine: 'tfjs',
    load: () => import('./d2l-ts.js'),
  },
  'd2l-ts-summary': {
    id: 'd2l-ts-summary',
    description:
      'fitClosedForm, then summary(): the fit with its inference (standard errors, t, p, intervals, R², F)',
    engine: 'tfjs',
    load: async () => {
      const { closedFormWithSummary } = await import('./d2l-ts.js')
      return { closedForm: closedFormWithSummary }
    },
  },
  'tfjs-layers': {
    id: 'tfjs-layers',
    description: '@tensorflow/tfjs-layers 4.22 model.fit: dense(1), sgd, meanSquaredError',
    engine: 'tfjs',
    load: () => import('./peers/tfjs-layers.js'),
  },
  'tfjs-core-loop': {
    id: 'tfjs-core-loop',
    description: 'the naive tfjs-core port of 3.2: gather, variableGrads, assign, per minibatch',
    engine: 'tfjs',
    load: () => import('./peers/tfjs-core-loop.js'),
  },
  'ml-js': {
    id: 'ml-js',
    description: 'ml-regression-multivariate-linear (ml.js), intercept: true, statistics: false',
    engine: 'js',
    load: () => import('./peers/ml-js.js'),
  },
  'jax-js': {
    id: 'jax-js',
    description: '@jax-js/jax on its wasm device: jitted SGD step; np.linalg.lstsq in float32',
    engine: 'jax-wasm',
    load: () => import('./peers/jax-js.js'),
  },
  'jax-js-f64': {
    id: 'jax-js-f64',
    description: '@jax-js/jax np.linalg.lstsq after astype(float64), on its wasm device',
    engine: 'jax-wasm',
    load: async () => {
      const { closedFormFloat64 } = await import('./peers/jax-js.js')
      return { closedForm: closedFormFloat64 }
    },
  },
  'typed-array': {
    id: 'typed-array',
    description: 'plain loops over typed arrays, no library: the floor',
    engine: 'js',
    load: () => import('./peers/typed-array.js'),
  },
  'duckdb-two-pass': {
    id: 'duckdb-two-pass',
    description:
      '@duckdb/node-api: a hand-written two-pass aggregate query (means, then centred cross-products) on the Parquet file, solved in JavaScript',
    engine: 'duckdb',
    load: () => import('./peers/duckdb-two-pass.js'),
  },
}

/** The backends an implementation is timed on, given the tfjs backends available here. */
export function backendsFor(engine: Engine, tfjsBackends: readonly string[]): string[] {
  if (engine === 'tfjs') return [...tfjsBackends]
  return { js: ['js'], 'jax-wasm': ['wasm'], duckdb: ['duckdb'] }[engine]
}
