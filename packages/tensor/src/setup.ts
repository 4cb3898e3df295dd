// Side effects that every user of @d2l-ts/tensor needs, in one place (see package.json "sideEffects").
import * as tf from '@tensorflow/tfjs-core'
import '@tensorflow/tfjs-backend-cpu'
// tfjs-core registers no gradients by itself. "#gradients" (package.json "imports") resolves to a
// Node-loadable bundle of tfjs-core's gradient module under Node, and to the module itself for bundlers.
import '#gradients'

// The cpu backend prints a banner recommending tfjs-node on its first write in Node; that advice does
// not apply to d2l-ts users, so mark the banner as shown.
const cpu = tf.findBackend('cpu') as { firstUse?: boolean } | null
if (cpu) cpu.firstUse = false

// Start on cpu everywhere, rather than on whichever registered backend tfjs ranks highest; setBackend
// chooses another. For cpu the switch completes synchronously, before this promise is awaited.
void tf.setBackend('cpu')
