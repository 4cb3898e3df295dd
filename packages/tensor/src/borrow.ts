import * as tf from '@tensorflow/tfjs-core'

/** The part of tfjs-backend-wasm's backend that exposes its tensors' bytes in the module's heap. */
interface HeapBackend {
  dataIdMap: { has(dataId: object): boolean }
  typedArrayFromHeap(info: tf.TensorInfo): tf.TypedArray
}

/**
 * A tensor's values without a copy where its backend keeps them in memory JavaScript can read: the
 * cpu backend's own array, or a view of the wasm backend's heap. Elsewhere (webgl, webgpu, or a
 * tensor still on another backend) it is `dataSync()`'s copy. For a 1 000 000 × 64 training set on
 * wasm, that is 256 MB not copied on every read.
 *
 * The values are borrowed: read them, never write them, and read them before the next tensor
 * operation. On wasm, an operation that grows the heap detaches the view, whose length becomes 0;
 * borrow again then.
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
  const backend = tf.backend() as Partial<HeapBackend>
  if (typeof backend.typedArrayFromHeap === 'function' && backend.dataIdMap?.has(x.dataId)) {
    return backend.typedArrayFromHeap(x)
  }
  return x.dataSync()
}
