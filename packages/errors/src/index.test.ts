import { expect, it } from 'vitest'
import pkg from '../package.json' with { type: 'json' }
import * as errors from './index.js'

// Adding or removing public API must be a visible, reviewed change.
it('exports exactly these names', () => {
  expect(Object.keys(errors).sort()).toMatchInlineSnapshot(`
    [
      "ArgumentError",
      "BackendError",
      "D2lError",
      "DivergenceError",
      "EngineError",
      "ShapeError",
      "ValueError",
      "describeValue",
    ]
  `)
})

it('depends on nothing, so that packages without tfjs can throw these errors', () => {
  expect(pkg).not.toHaveProperty('dependencies')
  expect(pkg).not.toHaveProperty('peerDependencies')
})
