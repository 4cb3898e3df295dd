import { ValueError } from '@d2l-ts/tensor'

/** The ten classes of Fashion-MNIST, by label index (3.5). */
export const FASHION_MNIST_CLASSES = [
  't-shirt',
  'trouser',
  'pullover',
  'dress',
  'coat',
  'sandal',
  'shirt',
  'sneaker',
  'bag',
  'ankle boot',
] as const

/**
 * The book's `get_fashion_mnist_labels` (3.5.1): the class names of Fashion-MNIST label indices,
 * for example those that `fromIDX` from `@d2l-ts/data` reads from `train-labels-idx1-ubyte`.
 *
 * @throws {ValueError} for an index that is not a whole number in [0, 10).
 * @example
 * ```ts
 * import { fashionMnistLabels } from '@d2l-ts/models-softmax'
 * fashionMnistLabels([0, 9, 5]) // ['t-shirt', 'ankle boot', 'sandal']
 * ```
 */
export function fashionMnistLabels(indices: ArrayLike<number>): string[] {
  return Array.from(indices, (index, i) => {
    const name = FASHION_MNIST_CLASSES[index]
    if (name === undefined || !Number.isInteger(index)) {
      throw new ValueError({
        argument: `indices[${i}]`,
        expected: 'a Fashion-MNIST label: a whole number in [0, 10)',
        received: String(index),
      })
    }
    return name
  })
}
