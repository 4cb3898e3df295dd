import { tensor1d, tensor2d } from '@d2l-ts/tensor'
import { expect, it } from 'vitest'
import { alignLabels } from './index.js'

it('leaves labels of the right shape alone and reshapes the rest', () => {
  const yHat = tensor2d([[1], [2]])
  const y = tensor2d([[3], [4]])
  expect(alignLabels(yHat, y)).toBe(y)
  expect(alignLabels(yHat, tensor1d([3, 4])).shape).toEqual([2, 1])
})
