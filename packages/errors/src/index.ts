export { describeValue } from './describe-value.js'
export type { DivergenceDetails, ErrorDetails } from './errors.js'
export {
  ArgumentError,
  BackendError,
  D2lError,
  DivergenceError,
  EngineError,
  ShapeError,
  ValueError,
} from './errors.js'
