import { wasmBase64 } from './generated/gram-wasm.js'

/** A dense row-major float32 matrix, as a tensor's `dataSync()` gives it. */
export interface Matrix32 {
  rows: number
  cols: number
  data: Float32Array
}

/**
 * Rows per block: 256 packed rows (about 70 KB at d = 64) stay in the L2 cache while every tile of
 * the Gram matrix passes over them, and float32 sums of 256 products keep about five digits.
 */
const BLOCK = 256

/** The functions of assembly/gram.ts; pointers are byte offsets into `memory`. */
interface KernelExports {
  memory: WebAssembly.Memory
  packRows(
    x: number,
    y: number,
    rows: number,
    d: number,
    q: number,
    shift: number,
    block: number,
    width: number,
  ): void
  accumulateGram(block: number, rows: number, width: number, gram: number): void
  accumulateResidualGradient(
    x: number,
    y: number,
    rows: number,
    d: number,
    q: number,
    shift: number,
    coefficients: number,
    intercept: number,
    gradient: number,
  ): void
}

/**
 * The closed form's two passes over the data, as WebAssembly SIMD kernels: the Gram matrix in float32
 * blocks with float64 totals, and the float64 residual that refines a solution built from it. The data
 * stay where they are: each block of rows is copied into the module's memory, worked on, and dropped.
 */
export class GramKernels {
  readonly #kernels: KernelExports

  constructor(kernels: KernelExports) {
    this.#kernels = kernels
  }

  /**
   * Σᵢ aᵢaᵢᵀ for aᵢ = [xᵢ − shift, yᵢ, 1], as a full symmetric (d + q + 1)² float64 matrix: its last
   * row holds the column sums, and its last entry the number of rows. Undefined when the module's
   * memory cannot grow to hold the matrix (d in the tens of thousands).
   */
  augmentedGram(X: Matrix32, Y: Matrix32, shift: Float32Array): Float64Array | undefined {
    const d = X.cols
    const q = Y.cols
    const m = d + q + 1
    const width = Math.ceil(m / 4) * 4
    const at = this.#layout({
      x: BLOCK * d * 4,
      y: BLOCK * q * 4,
      shift: d * 4,
      block: BLOCK * width * 4,
      gram: width * width * 8,
    })
    if (!at) return undefined
    const heap32 = new Float32Array(this.#kernels.memory.buffer)
    heap32.set(shift, at.shift / 4)
    new Float64Array(this.#kernels.memory.buffer, at.gram, width * width).fill(0)
    for (let start = 0; start < X.rows; start += BLOCK) {
      const rows = Math.min(BLOCK, X.rows - start)
      heap32.set(X.data.subarray(start * d, (start + rows) * d), at.x / 4)
      heap32.set(Y.data.subarray(start * q, (start + rows) * q), at.y / 4)
      this.#kernels.packRows(at.x, at.y, rows, d, q, at.shift, at.block, width)
      this.#kernels.accumulateGram(at.block, rows, width, at.gram)
    }
    const padded = new Float64Array(this.#kernels.memory.buffer, at.gram, width * width)
    const gram = new Float64Array(m * m)
    for (let j = 0; j < m; j++) {
      for (let l = j; l < m; l++) {
        const value = padded[j * width + l] as number
        gram[j * m + l] = value
        gram[l * m + j] = value
      }
    }
    return gram
  }

  /**
   * In float64, Σᵢ [x̃ᵢ, 1]·rᵢₜ for every output t, where x̃ = x − shift and r = y − x̃ᵀB − c:
   * q rows of d + 1 values. `coefficients` B is d × q (row-major), `intercept` c has q entries.
   * Undefined when the module's memory cannot grow to hold its buffers.
   */
  residualGradient(
    X: Matrix32,
    Y: Matrix32,
    shift: Float64Array,
    coefficients: Float64Array,
    intercept: Float64Array,
  ): Float64Array | undefined {
    const d = X.cols
    const q = Y.cols
    const at = this.#layout({
      x: BLOCK * d * 4,
      y: BLOCK * q * 4,
      shift: d * 8,
      coefficients: q * d * 8,
      intercept: q * 8,
      gradient: q * (d + 1) * 8,
    })
    if (!at) return undefined
    const { buffer } = this.#kernels.memory
    const heap32 = new Float32Array(buffer)
    const heap64 = new Float64Array(buffer)
    heap64.set(shift, at.shift / 8)
    for (let t = 0; t < q; t++)
      for (let j = 0; j < d; j++)
        heap64[at.coefficients / 8 + t * d + j] = coefficients[j * q + t] as number
    heap64.set(intercept, at.intercept / 8)
    heap64.fill(0, at.gradient / 8, at.gradient / 8 + q * (d + 1))
    for (let start = 0; start < X.rows; start += BLOCK) {
      const rows = Math.min(BLOCK, X.rows - start)
      heap32.set(X.data.subarray(start * d, (start + rows) * d), at.x / 4)
      heap32.set(Y.data.subarray(start * q, (start + rows) * q), at.y / 4)
      this.#kernels.accumulateResidualGradient(
        at.x,
        at.y,
        rows,
        d,
        q,
        at.shift,
        at.coefficients,
        at.intercept,
        at.gradient,
      )
    }
    return heap64.slice(at.gradient / 8, at.gradient / 8 + q * (d + 1))
  }

  /**
   * Byte offsets for regions of the given sizes, one after another, each 16-byte aligned for the SIMD
   * loads; grows the module's memory to hold them all, or returns undefined when it cannot (past
   * WebAssembly's 4 GiB, or the memory the host grants).
   */
  #layout<Name extends string>(bytes: Record<Name, number>): Record<Name, number> | undefined {
    const offsets = {} as Record<Name, number>
    let end = 0
    for (const name of Object.keys(bytes) as Name[]) {
      offsets[name] = end
      end += Math.ceil(bytes[name] / 16) * 16
    }
    const { memory } = this.#kernels
    const missing = end - memory.buffer.byteLength
    if (missing > 0) {
      try {
        memory.grow(Math.ceil(missing / 65536))
      } catch {
        return undefined
      }
    }
    return offsets
  }
}

let instance: GramKernels | null | undefined

/**
 * The kernels, compiled on first use; undefined where WebAssembly or its SIMD instructions are not
 * available (Safari before 16.4, a page whose content security policy forbids compiling
 * WebAssembly), and the callers solve by QR in JavaScript.
 */
export function gramKernels(): GramKernels | undefined {
  if (instance === undefined) instance = instantiate()
  return instance ?? undefined
}

function instantiate(): GramKernels | null {
  if (typeof WebAssembly !== 'object') return null
  const bytes = Uint8Array.from(atob(wasmBase64), (c) => c.charCodeAt(0))
  if (!WebAssembly.validate(bytes)) return null
  try {
    // Synchronous compilation: the module is 2 KB, far below the browsers' main-thread limit.
    const module = new WebAssembly.Module(bytes)
    return new GramKernels(new WebAssembly.Instance(module, {}).exports as unknown as KernelExports)
  } catch {
    return null
  }
}
