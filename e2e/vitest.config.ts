import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Packing, npm installs, Vite builds and a browser: slow, and heavy enough to run one at a time.
    // Measured on a busy 2-core machine, these steps took up to a few minutes each; the limits leave
    // a wide margin so that load slows the suite down instead of failing it.
    testTimeout: 900_000,
    hookTimeout: 900_000,
    fileParallelism: false,
  },
})
