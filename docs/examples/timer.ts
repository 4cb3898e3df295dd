// The book's Timer keeps a list of durations in seconds. Here it times partial sums of Σ 1/k²,
// which creep towards π²/6, each with ten times more terms than the last.
import { Timer } from '@d2l-ts/d2l'

function basel(n: number): number {
  let total = 0
  for (let k = 1; k <= n; k++) total += 1 / (k * k)
  return total
}

const timer = new Timer() // it starts on construction; start() restarts it
for (const n of [100_000, 1_000_000, 10_000_000]) {
  timer.start()
  const value = basel(n)
  const seconds = timer.stop() // records the time since start() and returns it
  console.log(`n = ${n}: ${value.toFixed(8)}, ${seconds.toFixed(5)} s`)
}
console.log(`π²/6: ${(Math.PI ** 2 / 6).toFixed(8)}`)

const list = (v: number[]) => `[${v.map((t) => t.toFixed(5)).join(', ')}]`
console.log(`times: ${list(timer.times)}`)
console.log(`avg: ${timer.avg().toFixed(5)} s`)
console.log(`sum: ${timer.sum().toFixed(5)} s`)
// The running totals: how long the work had taken after each piece.
console.log(`cumsum: ${list(timer.cumsum())}`)
