// Runs every code cell and records its output in .generated/, where the site and the cells' tests read
// it: what a page shows is what the code printed, never text copied by hand, and each cell runs once.
import { rmSync } from 'node:fs'
import { exampleNames, RECORDED_DIR, recordExample } from './example-runner.js'

rmSync(RECORDED_DIR, { recursive: true, force: true })

// One at a time: several cells time things, and parallel runs would disturb each other's numbers.
for (const name of exampleNames()) {
  const result = await recordExample(name)
  console.log(`ran ${name} in ${result.seconds.toFixed(1)} s: ${result.outputs.length} output(s)`)
}
