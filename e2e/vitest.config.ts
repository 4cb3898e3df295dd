import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Packing, npm installs, Vite builds and a browser: slow, and heavy enough to run one at a time.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
})
