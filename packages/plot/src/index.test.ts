import { expect, it } from 'vitest'
import * as plotPackage from './index.js'

// Adding or removing public API must be a visible, reviewed change.
it('exports exactly these names', () => {
  expect(Object.keys(plotPackage).sort()).toEqual([
    'Animator',
    'COLOR_CYCLE',
    'COLOR_LETTERS',
    'DEFAULT_FMTS',
    'LAYOUT',
    'OKABE_ITO',
    'networkDiagram',
    'plot',
    'plotInto',
    'renderInto',
    'scatter',
  ])
})
