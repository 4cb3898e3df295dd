export { describeValue } from './describe-value.js'
export type { DivergenceDetails, ErrorDetails } from './errors.js'
export {
  ArgumentError,
  BackendError,
  D2lError,
  DivergenceError,
  ShapeError,
  ValueError,
} from './errors.js'
