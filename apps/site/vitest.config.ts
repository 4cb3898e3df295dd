import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Unit tests beside the code (src/), and the built site in the browser (tests/).
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    // A built site in headless Chromium: slow, and one browser at a time on a 2-core machine.
    testTimeout: 300_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
})
