import { ValueError } from '@d2l-ts/tensor'
import { expect, it } from 'vitest'
import { Accumulator } from './index.js'

it('sums each variable, resets, and refuses wrong arities and indices', () => {
  const metric = new Accumulator(2)
  metric.add(0.5, 10)
  metric.add(0.25, 5)
  expect([metric.get(0), metric.get(1)]).toEqual([0.75, 15])
  metric.reset()
  expect([metric.get(0), metric.get(1)]).toEqual([0, 0])
  expect(() => metric.add(1)).toThrow('Accumulator.add: values: expected 2 values, received 1')
  expect(() => metric.get(2)).toThrow(ValueError)
  expect(() => new Accumulator(0)).toThrow(ValueError)
})
