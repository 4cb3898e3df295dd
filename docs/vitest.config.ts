import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['scripts/**/*.test.ts', 'examples/**/*.test.ts'],
    // The cells run once, in the build (or in this global setup when the build has not recorded them);
    // the tests only read what they printed, so no test or hook waits on a cell.
    globalSetup: ['scripts/record-unrecorded.ts'],
  },
})
