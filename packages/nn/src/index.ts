export type { LinearOptions } from './linear.js'
export { Linear } from './linear.js'
export { linreg } from './linreg.js'
