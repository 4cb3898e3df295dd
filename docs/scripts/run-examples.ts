// Runs every code cell and records its output in .generated/, where the site reads it at build time:
// what a page shows is what the code printed, never text copied by hand.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { exampleNames, runExample } from './example-runner.js'

const out = new URL('../.generated/examples/', import.meta.url).pathname
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })

// One at a time: several cells time things, and parallel runs would disturb each other's numbers.
for (const name of exampleNames()) {
  const result = await runExample(name)
  writeFileSync(join(out, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`)
  console.log(`ran ${name} in ${result.seconds.toFixed(1)} s: ${result.outputs.length} output(s)`)
}
