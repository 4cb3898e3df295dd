import { expect, it } from 'vitest'
import * as nn from './index.js'

// Adding or removing public API must be a visible, reviewed change.
it('exports exactly these names', () => {
  expect(Object.keys(nn).sort()).toEqual(['Linear', 'linreg'])
})
