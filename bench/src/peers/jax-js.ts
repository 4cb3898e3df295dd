// Peer: jax-js (JAX-style arrays compiled to WebAssembly kernels) on its wasm device: a jitted SGD step
// for the SGD workloads, np.linalg.lstsq for the closed form.
//
// Node 20 quirks met here (jax-js targets browsers): init() with no argument probes WebGPU through the
// global `navigator`, which Node 20 lacks (ReferenceError), so only 'wasm' is initialised; and
// np.array() of a Float64Array tests `instanceof Float16Array`, also missing in Node 20, so float64
// data is made on the device with astype() instead.
import { defaultDevice, grad, init, jit, numpy as np } from '@jax-js/jax'
import type { Dataset, ImplementationModule, LinearFit, Prepared } from '../problem.js'
import { identityOrder, seededRandom, shuffleInPlace } from '../random.js'

async function ready(): Promise<void> {
  const devices = await init('wasm')
  if (!devices.includes('wasm'))
    throw new Error(`jax-js: no wasm device (got ${devices.join(', ')})`)
  defaultDevice('wasm')
}

/**
 * One jitted step (forward, grad of the batch-mean ½(ŷ − y)², update) per minibatch; the shuffled
 * batch is gathered on the host and copied in, as the other libraries' loaders do.
 */
export const sgd: ImplementationModule['sgd'] = async (data, settings) => {
  await ready()
  const { X, y, n, d } = data
  const { batchSize, lr, epochs, seed } = settings
  const step = jit((w: np.Array, b: np.Array, Xb: np.Array, yb: np.Array) => {
    const lossOf = (w: np.Array, b: np.Array) => {
      const r = np.matmul(Xb, w).add(b).sub(yb)
      return r.ref.mul(r).mean().mul(0.5)
    }
    const [gw, gb] = grad(lossOf, { argnums: [0, 1] })(w.ref, b.ref)
    return [w.sub(gw.mul(lr)), b.sub(gb.mul(lr))]
  })
  const order = identityOrder(n)
  const random = seededRandom(seed)
  const Xb = new Float32Array(batchSize * d)
  const yb = new Float32Array(batchSize)
  return {
    async run(): Promise<LinearFit> {
      let w = np.zeros([d, 1])
      let b = np.zeros([1])
      for (let epoch = 0; epoch < epochs; epoch++) {
        shuffleInPlace(order, random)
        for (let start = 0; start < n; start += batchSize) {
          const m = Math.min(batchSize, n - start)
          for (let k = 0; k < m; k++) {
            const i = order[start + k] as number
            Xb.set(X.subarray(i * d, (i + 1) * d), k * d)
            yb[k] = y[i] as number
          }
          const xs = np.array(Xb.subarray(0, m * d), { shape: [m, d] })
          const ys = np.array(yb.subarray(0, m), { shape: [m, 1] })
          ;[w, b] = step(w, b, xs, ys) as [np.Array, np.Array]
        }
      }
      return { w: Float64Array.from(await w.data()), b: (await b.data())[0] as number }
    },
    dispose() {
      step.dispose()
    },
  } satisfies Prepared
}

/**
 * np.linalg.lstsq (Cholesky of the normal equations) in float32, jax-js's default dtype, on centred X
 * and y, with the intercept recovered from the means. Centring is how a jax-js user gets a fast
 * intercept: lstsq on [X, 1] (d + 1 columns, an odd count) took 50–100× longer here (about 10 s for
 * 100 000 × 65 against 0.13 s for 100 000 × 64), which would measure a slow path, not the library.
 */
export const closedForm: ImplementationModule['closedForm'] = (data) => lstsq(data, 'float32')

/** The same after astype(float64) on the device. */
export const closedFormFloat64: ImplementationModule['closedForm'] = (data) =>
  lstsq(data, 'float64')

async function lstsq({ X, y, n, d }: Dataset, precision: 'float32' | 'float64'): Promise<Prepared> {
  await ready()
  const features = np.array(X, { shape: [n, d] })
  const labels = np.array(y, { shape: [n, 1] })
  const dtype = precision === 'float64' ? np.float64 : np.float32
  return {
    async run(): Promise<LinearFit> {
      const x = features.ref.astype(dtype)
      const t = labels.ref.astype(dtype)
      const meanX = np.mean(x.ref, 0)
      const meanY = np.mean(t.ref, 0)
      const means = [await meanX.ref.data(), await meanY.ref.data()] as const
      const w = await np.linalg.lstsq(x.sub(meanX), t.sub(meanY)).data()
      let b = means[1][0] as number
      for (let j = 0; j < d; j++) b -= (means[0][j] as number) * (w[j] as number)
      return { w: Float64Array.from(w), b }
    },
    dispose() {
      features.dispose()
      labels.dispose()
    },
  }
}
