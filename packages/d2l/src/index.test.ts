import { expect, it } from 'vitest'
import * as d2l from './index.js'

// The book's vocabulary is this package's whole API: changing it is a reviewed change.
it('exports the book’s names', () => {
  expect(Object.keys(d2l).sort()).toEqual([
    'Accumulator',
    'Animator',
    'Linear',
    'LinearRegression',
    'Timer',
    'dataIter',
    'evaluateLoss',
    'fit',
    'linreg',
    'loadArray',
    'normal',
    'plot',
    'sgd',
    'squaredLoss',
    'syntheticData',
    'train',
    'trainStep',
  ])
})
