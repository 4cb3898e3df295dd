export { linreg } from '@d2l-ts/nn'
export type { LeastSquaresMethod } from './least-squares-fit.js'
export type {
  ClosedFormOptions,
  FitOptions,
  LinearRegressionOptions,
  LinearRegressionSummary,
  LinearWeights,
  PredictionIntervals,
  PredictOptions,
  SummaryOptions,
  TableFitOptions,
} from './linear-regression.js'
export { LinearRegression } from './linear-regression.js'
export type { Float64Matrix, LabelInput, MatrixInput } from './matrix-input.js'
export type { LinearRegressionJSON } from './model-json.js'
export { LINEAR_REGRESSION_FORMAT, LINEAR_REGRESSION_VERSION } from './model-json.js'
export { mergeR, QrAccumulator } from './qr-accumulator.js'
export type { RegressionStatistics, RegressionTerm } from './regression-inference.js'
export type { TableClosedFormOptions } from './table-closed-form.js'
