export { linreg } from '@d2l-ts/nn'
export type {
  ClosedFormOptions,
  FitOptions,
  LinearRegressionOptions,
  LinearRegressionSummary,
  LinearWeights,
  PredictionIntervals,
  PredictOptions,
  SummaryOptions,
} from './linear-regression.js'
export { LinearRegression } from './linear-regression.js'
export type { Float64Matrix, LabelInput, MatrixInput } from './matrix-input.js'
export type { LinearRegressionJSON } from './model-json.js'
export { LINEAR_REGRESSION_FORMAT, LINEAR_REGRESSION_VERSION } from './model-json.js'
export { mergeR, QrAccumulator } from './qr-accumulator.js'
export type { RegressionStatistics, RegressionTerm } from './regression-inference.js'
