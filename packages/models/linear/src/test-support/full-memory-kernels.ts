import { GramKernels } from '../wasm-kernels.js'

/** Kernels whose memory refuses to grow, as WebAssembly's does past 4 GiB. */
export function fullMemoryKernels(): GramKernels {
  const memory = {
    buffer: new ArrayBuffer(0),
    grow: () => {
      throw new RangeError('WebAssembly.Memory.grow(): Maximum memory size exceeded')
    },
  }
  return new GramKernels({ memory } as unknown as ConstructorParameters<typeof GramKernels>[0])
}
