// The book's names, each from the package that owns the concept. The comment gives the section of
// chapter 3 where the book introduces it.

export type { DataLoader } from '@d2l-ts/data'
export { dataIter, loadArray, syntheticData } from '@d2l-ts/data' // 3.2 data_iter, 3.3 load_array, 3.2 synthetic_data
export { squaredLoss } from '@d2l-ts/losses' // 3.2 squared_loss
export { LinearRegression } from '@d2l-ts/models-linear' // linear regression, by SGD (3.3) or in closed form (3.1.1)
export { Linear, linreg } from '@d2l-ts/nn' // 3.3 nn.Linear, 3.2 linreg
export { sgd } from '@d2l-ts/optim-sgd' // 3.2 sgd
export { Animator, plot } from '@d2l-ts/plot' // 3.1.3 plot, and the live training plot of later chapters
export { Accumulator, evaluateLoss, fit, train, trainStep } from '@d2l-ts/train' // the training loop of 3.2–3.3
export { Timer } from '@d2l-ts/utils-timer' // 3.1.2 Timer
export { normal } from './normal.js' // 3.1.3 normal
