// Peer: the Keras-style API, tfjs-layers model.fit on a dense(1) layer with SGD and MSE, the way a
// tfjs user would train a linear model.
import { type BackendName, setBackend } from '@d2l-ts/tensor'
import * as tf from '@tensorflow/tfjs-core'
import * as tfl from '@tensorflow/tfjs-layers'
import type { ImplementationModule, LinearFit } from '../problem.js'

/**
 * model.fit with shuffling (tfjs-layers' own unseeded order), from zero weights. MSE is (ŷ − y)², twice
 * the book's ½(ŷ − y)², so its learning rate is halved to take the same steps.
 */
export const sgd: ImplementationModule['sgd'] = async (data, settings, backend) => {
  await setBackend(backend as BackendName)
  const X = tf.tensor2d(data.X, [data.n, data.d])
  const y = tf.tensor2d(data.y, [data.n, 1])
  const model = tfl.sequential({
    layers: [
      tfl.layers.dense({
        units: 1,
        inputShape: [data.d],
        kernelInitializer: 'zeros',
        biasInitializer: 'zeros',
      }),
    ],
  })
  model.compile({ optimizer: tf.train.sgd(settings.lr / 2), loss: 'meanSquaredError' })
  return {
    async run(): Promise<LinearFit> {
      const start = [tf.zeros([data.d, 1]), tf.zeros([1])]
      model.setWeights(start)
      tf.dispose(start)
      await model.fit(X, y, {
        batchSize: settings.batchSize,
        epochs: settings.epochs,
        shuffle: true,
        verbose: 0,
      })
      const [kernel, bias] = model.getWeights()
      return {
        w: Float64Array.from(await (kernel as tf.Tensor).data()),
        b: (await (bias as tf.Tensor).data())[0] as number,
      }
    },
    dispose() {
      model.dispose()
      tf.dispose([X, y])
    },
  }
}
