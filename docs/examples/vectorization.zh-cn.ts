// 两个各有 10 000 个 1 的向量相加。先做书中的比较，在同一个张量后端上：逐元素循环、每个元素
// 调用一次张量库做一次极小的加法，对比一次对整个向量的矢量化 `add`。
// 然后是对类型化数组的普通 JavaScript 循环，完全不经过张量库。
import os from 'node:os'
import { Timer } from '@d2l-ts/d2l'
import { add, buffer, getBackend, ones, profile, scalar, setBackend } from '@d2l-ts/tensor'

await setBackend('auto') // 安装了 wasm 后端的包（这里装了）就用 wasm，否则用 cpu
const n = 10_000
const a = ones([n])
const b = ones([n])
const [aValues, bValues] = [a.dataSync(), b.dataSync()]

// 书中的循环：在框架张量上写 `c[i] = a[i] + b[i]`，每个元素都要调度一次运算。
// tfjs 的张量不可变，所以每个和都写进一个 TensorBuffer。
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
  await c.data() // 确保和真的算出来了，而不只是排进了队列
  c.dispose()
}
// 不用张量：JavaScript 引擎会把这段频繁执行的循环即时编译（JIT）成机器码，
// 每次循环只需几条机器指令，不调用任何库。
function typedArrayLoop() {
  const c = new Float32Array(n)
  for (let i = 0; i < n; i++) c[i] = (aValues[i] as number) + (bValues[i] as number)
}

// 每种写法运行多少个算子（后端自己的运算）：每个元素一个，对比总共一个。
const kernels = async (run: () => void | Promise<void>) => {
  const { kernels } = await profile(async () => {
    await run()
  })
  return kernels.length
}
console.log(`kernels, tensor loop: ${await kernels(tensorLoop)}`)
console.log(`kernels, add: ${await kernels(vectorizedAdd)}`)

// 先预热（JIT 完成编译，tfjs 准备好算子），再用书中的 Timer 取平均。
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
