// Emits the two files that tsc cannot: tfjs-core's gradient registry as a Node-loadable ESM bundle,
// and the wasm backend's binaries beside dist/ so bundlers can fetch them by relative URL.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { build } from 'esbuild'

const require = createRequire(import.meta.url)
const dist = new URL('../dist/', import.meta.url).pathname

// tfjs-core's ESM files use extensionless imports that plain Node cannot load, and its Node (CJS)
// bundle registers no gradients. Bundling the gradient module with tfjs-core itself external makes the
// registrations land in the same global registry the Node build's engine reads.
const coreDist = dirname(require.resolve('@tensorflow/tfjs-core/dist/register_all_gradients.js'))
await build({
  entryPoints: [join(coreDist, 'register_all_gradients.js')],
  outfile: join(dist, 'gradients.node.js'),
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  minify: true,
  external: ['@tensorflow/tfjs-core'],
  legalComments: 'eof', // keeps tfjs-core's Apache-2.0 notices,
  logLevel: 'warning',
})

// Types for the "#gradients" import: a module of side effects only.
writeFileSync(join(dist, 'gradients.d.ts'), 'export {}\n')

const wasmDist = dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json'))
mkdirSync(join(dist, 'wasm'), { recursive: true })
for (const file of [
  'tfjs-backend-wasm.wasm',
  'tfjs-backend-wasm-simd.wasm',
  'tfjs-backend-wasm-threaded-simd.wasm',
]) {
  copyFileSync(join(wasmDist, 'dist', file), join(dist, 'wasm', file))
}
