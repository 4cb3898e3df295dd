/**
 * Where the wasm backend's binaries live, for browsers. The build copies them into `dist/wasm/`, and
 * `new URL('./…', import.meta.url)` is the pattern bundlers (Vite, webpack 5, esbuild, Rollup with
 * plugins) recognise to emit an asset and rewrite its URL, so no user ever configures a path. In Node
 * the wasm backend finds its binaries beside its own files, so no map is needed there.
 */
export function browserWasmPaths(): Record<string, string> {
  return {
    'tfjs-backend-wasm.wasm': new URL('./wasm/tfjs-backend-wasm.wasm', import.meta.url).href,
    'tfjs-backend-wasm-simd.wasm': new URL('./wasm/tfjs-backend-wasm-simd.wasm', import.meta.url)
      .href,
    'tfjs-backend-wasm-threaded-simd.wasm': new URL(
      './wasm/tfjs-backend-wasm-threaded-simd.wasm',
      import.meta.url,
    ).href,
  }
}
