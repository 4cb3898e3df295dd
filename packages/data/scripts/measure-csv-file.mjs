// Reads a CSV file larger than V8's string limit (about 512 MB, so that readCSV of its text is not
// possible) with readCSVFile, and reports the time and the process's peak RSS. Not a test: it writes
// a large file and takes a minute. Run after `pnpm build`:
//   node scripts/measure-csv-file.mjs [rows=9000000] [file=/tmp/d2l-ts-large.csv]

import { once } from 'node:events'
import { createWriteStream, existsSync, statSync } from 'node:fs'
import { readCSVFile } from '../dist/index.js'

const rows = Number(process.argv[2] ?? 9_000_000)
const file = process.argv[3] ?? `/tmp/d2l-ts-large-${rows}.csv`
const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`

if (!existsSync(file)) {
  const out = createWriteStream(file)
  out.write('id,note,x1,x2,y\n')
  for (let i = 0; i < rows; i++) {
    // A quoted text column widens each line, as real files do; every 1000th row has NA.
    const line = `${i},"row ${i}, unused",${(i % 1000) / 7},${i % 1000 === 0 ? 'NA' : (i % 37) * 1.5},${i % 11}\n`
    if (!out.write(line)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
}
const size = statSync(file).size
console.log(`${file}: ${mb(size)}, ${rows} rows`)

let peak = process.memoryUsage().rss
const timer = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss)
}, 50)
const start = performance.now()
const { X, dropped } = await readCSVFile(file, {
  features: ['x1', 'x2'],
  target: 'y',
  invalid: 'drop',
})
clearInterval(timer)
const seconds = (performance.now() - start) / 1000
console.log(
  `readCSVFile: X ${JSON.stringify(X.shape)}, dropped ${dropped}, ${seconds.toFixed(1)} s ` +
    `(${(size / 2 ** 20 / seconds).toFixed(0)} MB/s); peak RSS ${mb(peak)} (${((100 * peak) / size).toFixed(0)}% of the file)`,
)
