// Peer: the naive port of the book's 3.2 "from scratch" to tfjs-core: gather a shuffled minibatch,
// variableGrads of the mean squared loss, update w and b, one tensor op at a time.
import { type BackendName, setBackend } from '@d2l-ts/tensor'
import * as tf from '@tensorflow/tfjs-core'
import type { ImplementationModule, LinearFit } from '../problem.js'
import { identityOrder, seededRandom, shuffleInPlace } from '../random.js'

export const sgd: ImplementationModule['sgd'] = async (data, settings, backend) => {
  // @d2l-ts/tensor registers tfjs-core's gradients (its Node bundle has none) and the backends.
  await setBackend(backend as BackendName)
  const { n, d } = data
  const { batchSize, lr, epochs, seed } = settings
  const X = tf.tensor2d(data.X, [n, d])
  const y = tf.tensor2d(data.y, [n, 1])
  const w = tf.variable(tf.zeros([d, 1]))
  const b = tf.variable(tf.zeros([1]))
  const order = identityOrder(n)
  const random = seededRandom(seed)
  const loss = (Xb: tf.Tensor, yb: tf.Tensor) =>
    tf.mean(tf.mul(0.5, tf.square(tf.sub(tf.add(tf.matMul(Xb, w), b), yb)))) as tf.Scalar
  return {
    async run(): Promise<LinearFit> {
      tf.tidy(() => {
        w.assign(tf.zeros([d, 1]))
        b.assign(tf.zeros([1]))
      })
      for (let epoch = 0; epoch < epochs; epoch++) {
        shuffleInPlace(order, random)
        for (let start = 0; start < n; start += batchSize) {
          const indices = tf.tensor1d(
            order.subarray(start, Math.min(start + batchSize, n)),
            'int32',
          )
          const Xb = tf.gather(X, indices)
          const yb = tf.gather(y, indices)
          const { value, grads } = tf.variableGrads(() => loss(Xb, yb), [w, b])
          tf.tidy(() => {
            w.assign(tf.sub(w, tf.mul(lr, grads[w.name] as tf.Tensor)))
            b.assign(tf.sub(b, tf.mul(lr, grads[b.name] as tf.Tensor)))
          })
          tf.dispose([indices, Xb, yb, value, ...Object.values(grads)])
        }
      }
      return { w: Float64Array.from(await w.data()), b: (await b.data())[0] as number }
    },
    dispose() {
      tf.dispose([X, y, w, b])
    },
  }
}
