// 书中的 Timer 记录一串以秒为单位的时长。这里用它给 Σ 1/k² 的部分和计时，
// 部分和逐渐逼近 π²/6，每一段的项数是前一段的十倍。
import { Timer } from '@d2l-ts/d2l'

function basel(n: number): number {
  let total = 0
  for (let k = 1; k <= n; k++) total += 1 / (k * k)
  return total
}

const timer = new Timer() // 创建时就开始计时；start() 重新开始
for (const n of [100_000, 1_000_000, 10_000_000]) {
  timer.start()
  const value = basel(n)
  const seconds = timer.stop() // 记录并返回自 start() 以来的时间
  console.log(`n = ${n}: ${value.toFixed(8)}, ${seconds.toFixed(5)} s`)
}
console.log(`π²/6: ${(Math.PI ** 2 / 6).toFixed(8)}`)

const list = (v: number[]) => `[${v.map((t) => t.toFixed(5)).join(', ')}]`
console.log(`times: ${list(timer.times)}`)
console.log(`avg: ${timer.avg().toFixed(5)} s`)
console.log(`sum: ${timer.sum().toFixed(5)} s`)
// 累计和：每一段完成时总共用了多长时间。
console.log(`cumsum: ${list(timer.cumsum())}`)
