import { expect, it } from 'vitest'
import { describeValue } from './index.js'

it.each([
  ['0.1', '"0.1"'],
  ['x'.repeat(50), `"${'x'.repeat(37)}..."`],
  [3, '3'],
  [Number.NaN, 'NaN'],
  [true, 'true'],
  [10n, '10'],
  [null, 'null'],
  [undefined, 'undefined'],
  [[], 'an empty array'],
  [[1, 2, 3], 'an array of length 3'],
  [new Float32Array(4), 'a Float32Array of length 4'],
  [{ shape: [1000, 2] }, 'a tensor of shape [1000, 2]'],
  [new Map(), 'a Map'],
  [() => 1, 'a function'],
])('describes %o as %s', (value, words) => {
  expect(describeValue(value)).toBe(words)
})
