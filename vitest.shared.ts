import { defineConfig } from 'vitest/config'

// The packages' unit tests. Their slowest tests (a child Node process, hundreds of SGD steps on the
// autograd path, the wasm backend's first start) took up to 15 s each on this project's 2-core CI
// machine while other work kept its load average near 20 (vitest --reporter=json, 2026-12-02), and
// about a tenth of that idle: vitest's default 5 s made the suite fail on a busy machine. 120 s
// leaves a margin of 8× over that worst case, so load slows the suite down instead of failing it,
// while a hang still ends.
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})
