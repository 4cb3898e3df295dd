export { accuracy, confusionMatrix } from './accuracy.js'
export type { Evaluation } from './evaluate.js'
export { evaluate } from './evaluate.js'
export { FASHION_MNIST_CLASSES, fashionMnistLabels } from './fashion-mnist.js'
export type { ClassificationData } from './iris.js'
export { loadIris } from './iris.js'
export { softmax } from './softmax.js'
export type {
  SoftmaxFitOptions,
  SoftmaxRegressionOptions,
  SoftmaxWeights,
} from './softmax-regression.js'
export { SoftmaxRegression } from './softmax-regression.js'
