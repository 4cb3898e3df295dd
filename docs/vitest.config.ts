import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['scripts/**/*.test.ts', 'examples/**/*.test.ts'],
    // Each cell runs in its own Node process; some time loops on purpose.
    testTimeout: 180_000,
    fileParallelism: false,
  },
})
