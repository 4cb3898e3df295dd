import { expect, it } from 'vitest'
import * as softmax from './index.js'

// Adding or removing public API must be a visible, reviewed change.
it('exports exactly these names', () => {
  expect(Object.keys(softmax).sort()).toMatchInlineSnapshot(`
    [
      "FASHION_MNIST_CLASSES",
      "SoftmaxRegression",
      "accuracy",
      "confusionMatrix",
      "evaluate",
      "fashionMnistLabels",
      "loadIris",
      "softmax",
    ]
  `)
})
