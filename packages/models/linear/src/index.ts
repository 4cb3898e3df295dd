export { linreg } from '@d2l-ts/nn'
export type {
  ClosedFormOptions,
  FitOptions,
  LinearRegressionOptions,
  LinearRegressionSummary,
  LinearWeights,
} from './linear-regression.js'
export { LinearRegression } from './linear-regression.js'
export type { LinearRegressionJSON } from './model-json.js'
export { LINEAR_REGRESSION_FORMAT, LINEAR_REGRESSION_VERSION } from './model-json.js'
