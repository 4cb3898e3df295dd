// Vitest's global setup: records the cells that the build has not (or not since they changed), so that
// `pnpm --filter @d2l-ts/docs test` works on its own. Global setup has no hook timeout, and under turbo
// (`test` depends on `build`) there is nothing left to record.
import { recordExample, unrecordedExamples } from './example-runner.js'

export default async function setup(): Promise<void> {
  for (const name of unrecordedExamples()) await recordExample(name)
}
