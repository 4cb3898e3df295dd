import { defineConfig } from 'vitest/config'

// The table tests start real servers and query them; on a busy machine each step can take seconds,
// so no test has a tight time limit.
export default defineConfig({
  test: { testTimeout: 60_000, hookTimeout: 180_000 },
})
