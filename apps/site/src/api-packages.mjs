// The packages whose API reference the site generates, in the order of the sidebar.
export const apiPackages = [
  { name: '@d2l-ts/d2l', path: 'packages/d2l', slug: 'd2l' },
  { name: '@d2l-ts/tensor', path: 'packages/tensor', slug: 'tensor' },
  { name: '@d2l-ts/data', path: 'packages/data', slug: 'data' },
  { name: '@d2l-ts/models-linear', path: 'packages/models/linear', slug: 'models-linear' },
  { name: '@d2l-ts/models-softmax', path: 'packages/models/softmax', slug: 'models-softmax' },
  { name: '@d2l-ts/losses', path: 'packages/losses', slug: 'losses' },
  { name: '@d2l-ts/optim-sgd', path: 'packages/optim/sgd', slug: 'optim-sgd' },
  { name: '@d2l-ts/nn', path: 'packages/nn', slug: 'nn' },
  { name: '@d2l-ts/train', path: 'packages/train', slug: 'train' },
  { name: '@d2l-ts/plot', path: 'packages/plot', slug: 'plot' },
  { name: '@d2l-ts/utils-timer', path: 'packages/utils/timer', slug: 'utils-timer' },
  { name: '@d2l-ts/errors', path: 'packages/errors', slug: 'errors' },
]
