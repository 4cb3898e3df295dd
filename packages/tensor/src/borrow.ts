import * as tf from '@tensorflow/tfjs-core'

/** The part of tfjs-backend-wasm's backend that exposes its tensors' bytes in the module's heap. */
interface HeapBackend {
  dataIdMap: { has(dataId: object): boolean }
  typedArrayFromHeap(info: tf.TensorInfo): tf.TypedArray
}

/** The part of tfjs-backend-cpu's backend that keeps its tensors' arrays. */
interface ArrayBackend {
  data: { has(dataId: object): boolean }
}

/** Tensors' values lent as typed arrays by {@link borrow}. */
export interface Borrowed {
  /**
   * True when the arrays are the backend's own memory (the cpu backend's arrays, a view of the
   * wasm backend's heap): nothing was copied. False where the values had to be copied out once
   * (webgl, webgpu, a tensor still on another backend).
   */
  readonly inPlace: boolean
  /**
   * The values, one typed array per tensor, in order. Read them, never write them, and only until
   * the next tensor operation: on wasm an operation that grows the heap detaches the views. Call
   * `read()` again after any tensor operation; it borrows again only what was detached. The array
   * returned is the same each time (do not keep it past the next call, nor change it).
   */
  read(): readonly tf.TypedArray[]
}

/**
 * Lends tensors' values as typed arrays without copying where the backend keeps them in memory
 * that JavaScript can read, for a kernel that reads them many times (the fused SGD of
 * `@d2l-ts/models-linear`, the closed form's Gram kernel). For a 1 000 000 × 64 training set on
 * wasm, that is 256 MB not copied on every read. The one place in d2l-ts that knows how a backend
 * stores its data.
 *
 * @example
 * ```ts
 * import { borrow, tensor2d } from '@d2l-ts/tensor'
 * const X = tensor2d([[1, 2], [3, 4]])
 * const values = borrow([X])
 * values.inPlace // true on cpu and wasm
 * const [x] = values.read()
 * let sum = 0
 * for (const v of x) sum += v // 10, without copying X
 * ```
 */
export function borrow(tensors: readonly tf.Tensor[]): Borrowed {
  const lent = tensors.map((x) => lend(x))
  const views = lent.map((l) => l.values)
  return {
    inPlace: lent.every((l) => l.inPlace),
    // The same array every time, so that a kernel may call this before every step for free.
    read: () => {
      for (const [i, x] of tensors.entries()) {
        // A view of a heap that has grown since is detached: its length is 0.
        if ((views[i] as tf.TypedArray).length === 0 && x.size > 0) views[i] = lend(x).values
      }
      return views
    },
  }
}

/**
 * One tensor's values, lent as {@link borrow} lends them: valid until the next tensor operation.
 *
 * @example
 * ```ts
 * import { borrowValues, tensor2d } from '@d2l-ts/tensor'
 * const X = tensor2d([[1, 2], [3, 4]])
 * let sum = 0
 * for (const v of borrowValues(X)) sum += v // 10, without copying X
 * ```
 */
export function borrowValues(x: tf.Tensor): tf.TypedArray {
  return lend(x).values
}

function lend(x: tf.Tensor): { values: tf.TypedArray; inPlace: boolean } {
  const backend = tf.backend() as Partial<HeapBackend & ArrayBackend>
  if (typeof backend.typedArrayFromHeap === 'function' && backend.dataIdMap?.has(x.dataId)) {
    return { values: backend.typedArrayFromHeap(x), inPlace: true }
  }
  // The cpu backend's dataSync hands out its own array for a tensor it holds.
  const inPlace = tf.getBackend() === 'cpu' && backend.data?.has(x.dataId) === true
  return { values: x.dataSync(), inPlace }
}
