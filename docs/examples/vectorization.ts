// Adding two vectors of 10 000 ones. First the book's comparison, on one tensor backend: a loop that
// asks the library for one tiny addition per element, against one vectorized `add` of whole vectors.
// Then a plain JavaScript loop over typed arrays, which involves no library at all.
import os from 'node:os'
import { Timer } from '@d2l-ts/d2l'
import { add, buffer, getBackend, ones, profile, scalar, setBackend } from '@d2l-ts/tensor'

await setBackend('auto') // wasm when its package is installed (it is here), else cpu
const n = 10_000
const a = ones([n])
const b = ones([n])
const [aValues, bValues] = [a.dataSync(), b.dataSync()]

// The book's loop: `c[i] = a[i] + b[i]` on framework tensors dispatches an operation per element.
// tfjs tensors are immutable, so each sum is written into a TensorBuffer instead.
function tensorLoop() {
  const c = buffer([n])
  for (let i = 0; i < n; i++) {
    const sum = add(scalar(aValues[i] as number), scalar(bValues[i] as number))
    c.set(sum.dataSync()[0] as number, i)
    sum.dispose()
  }
}
async function vectorizedAdd() {
  const c = add(a, b)
  await c.data() // the sum is really computed, not just scheduled
  c.dispose()
}
// No tensors: JavaScript engines compile this hot loop to machine code (just-in-time), so each turn
// is a few machine instructions, with no call into a library.
function typedArrayLoop() {
  const c = new Float32Array(n)
  for (let i = 0; i < n; i++) c[i] = (aValues[i] as number) + (bValues[i] as number)
}

// How many kernels (the backend's operations) each version runs: one per element against one.
const kernels = async (run: () => void | Promise<void>) => {
  const { kernels } = await profile(async () => {
    await run()
  })
  return kernels.length
}
console.log(`kernels, tensor loop: ${await kernels(tensorLoop)}`)
console.log(`kernels, add: ${await kernels(vectorizedAdd)}`)

// Warm-up runs first (the JIT compiles, tfjs readies its kernels), then the book's Timer averages.
async function time(run: () => void | Promise<void>, repeats: number): Promise<number> {
  for (let i = 0; i < Math.min(repeats, 5); i++) await run()
  const timer = new Timer()
  for (let i = 0; i < repeats; i++) {
    timer.start()
    await run()
    timer.stop()
  }
  return timer.avg()
}
const loop = await time(tensorLoop, 3)
const vectorized = await time(vectorizedAdd, 50)
const typed = await time(typedArrayLoop, 50)

const show = (s: number) => `${s.toFixed(5)} s (${(s * 1e6).toFixed(1)} µs)`
console.log(`cpu: ${os.cpus()[0]?.model}\nnode: ${process.version}\nbackend: ${getBackend()}`)
console.log(`tensor loop: ${show(loop)}\nadd: ${show(vectorized)}`)
console.log(`tensor loop / add: ${(loop / vectorized).toPrecision(3)}`)
console.log(`typed-array loop: ${show(typed)}`)
console.log(`typed-array loop / add: ${(typed / vectorized).toPrecision(3)}`)
console.log(`typed-array loop / tensor loop: ${(typed / loop).toPrecision(3)}`)
