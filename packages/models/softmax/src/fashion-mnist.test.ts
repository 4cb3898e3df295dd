import { ValueError } from '@d2l-ts/tensor'
import { expect, it } from 'vitest'
import { FASHION_MNIST_CLASSES, fashionMnistLabels } from './index.js'

it('names the ten Fashion-MNIST classes in the order of the data set’s labels', () => {
  expect(FASHION_MNIST_CLASSES).toHaveLength(10)
  expect(fashionMnistLabels([0, 1, 5, 9])).toEqual(['t-shirt', 'trouser', 'sandal', 'ankle boot'])
  expect(fashionMnistLabels(Int32Array.from([8, 6]))).toEqual(['bag', 'shirt'])
  expect(() => fashionMnistLabels([10])).toThrow(ValueError)
  expect(() => fashionMnistLabels([1.5])).toThrow(
    'indices[0]: expected a Fashion-MNIST label: a whole number in [0, 10), received 1.5',
  )
})
