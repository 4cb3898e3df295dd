import * as tfjs from '@tensorflow/tfjs-core'
import { expect, it } from 'vitest'
import * as tensor from './index.js'

// Adding or removing public API must be a visible, reviewed change.
it('exports tfjs-core plus exactly these names of its own', () => {
  const own = Object.keys(tensor).filter((name) => !(name in tfjs))
  expect(own.sort()).toMatchInlineSnapshot(`
    [
      "ArgumentError",
      "BACKEND_NAMES",
      "BackendError",
      "D2lError",
      "DivergenceError",
      "ShapeError",
      "ValueError",
      "assertFinite",
      "assertInteger",
      "assertPositive",
      "assertRank",
      "assertSameRows",
      "assertShape",
      "borrowValues",
      "createRng",
      "describeValue",
      "formatShape",
      "listBackends",
      "permutation",
      "shuffle",
    ]
  `)
})

it('replaces these tfjs-core names with its own versions', () => {
  const core = new Map(Object.entries(tfjs))
  const replaced = Object.entries(tensor)
    .filter(([name, value]) => core.has(name) && core.get(name) !== value)
    .map(([name]) => name)
  expect(replaced.sort()).toEqual(['getBackend', 'randomNormal', 'randomUniform', 'setBackend'])
})
