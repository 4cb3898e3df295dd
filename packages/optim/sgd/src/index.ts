export { sgd } from './sgd.js'
export type { SGDOptions } from './sgd-optimizer.js'
export { SGD } from './sgd-optimizer.js'
