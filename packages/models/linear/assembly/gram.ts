// WebAssembly SIMD kernels for the closed-form solution, compiled by AssemblyScript
// (`pnpm run kernels`) into src/generated/gram-wasm.ts. Pointers are byte offsets into the module's
// memory, which the JavaScript side (src/wasm-kernels.ts) lays out; matrices are row-major.

/**
 * Packs `rows` rows of X (d floats each) and Y (q each) into `block`, `width` floats per row:
 * [x − shift, y, 1, 0…]. The trailing 1 makes the Gram matrix carry the column sums and the count.
 */
export function packRows(
  x: usize,
  y: usize,
  rows: i32,
  d: i32,
  q: i32,
  shift: usize,
  block: usize,
  width: i32,
): void {
  for (let i = 0; i < rows; i++) {
    const src = x + ((<usize>(i * d)) << 2)
    const dst = block + ((<usize>(i * width)) << 2)
    let j = 0
    for (; j + 4 <= d; j += 4) {
      const o = (<usize>j) << 2
      v128.store(dst + o, f32x4.sub(v128.load(src + o), v128.load(shift + o)))
    }
    for (; j < d; j++) {
      const o = (<usize>j) << 2
      store<f32>(dst + o, load<f32>(src + o) - load<f32>(shift + o))
    }
    memory.copy(dst + ((<usize>d) << 2), y + ((<usize>(i * q)) << 2), (<usize>q) << 2)
    store<f32>(dst + ((<usize>(d + q)) << 2), 1)
    for (let t = d + q + 1; t < width; t++) store<f32>(dst + ((<usize>t) << 2), 0)
  }
}

/** gram[at..at+3] += the four float32 lanes of `sums`, widened to float64. */
function addWidened(gram: usize, sums: v128): void {
  v128.store(gram, f64x2.add(v128.load(gram), f64x2.promote_low_f32x4(sums)))
  const high = v128.shuffle<f32>(sums, sums, 2, 3, 0, 1)
  v128.store(gram, f64x2.add(v128.load(gram, 16), f64x2.promote_low_f32x4(high)), 16)
}

/**
 * gram (float64, width × width) += blockᵀ·block over `rows` packed rows, for the entries (j, l) with
 * l ≥ j rounded down to a multiple of 4 (the upper triangle and a few harmless extras). `width` is a
 * multiple of 4.
 *
 * Two rows of the Gram matrix take sixteen columns at a time: per data row, two broadcast values
 * and four vectors feed 32 multiply-adds held in eight registers. Sums run in float32 within the
 * block and are added into float64 totals after it; the caller refines the solution in float64.
 */
export function accumulateGram(block: usize, rows: i32, width: i32, gram: usize): void {
  const stride = (<usize>width) << 2
  const end = block + stride * <usize>rows
  for (let j = 0; j < width; j += 2) {
    const oj = (<usize>j) << 2
    const gramJ = gram + ((<usize>(j * width)) << 3)
    const gramK = gramJ + ((<usize>width) << 3)
    let l = j & ~3
    for (; l + 16 <= width; l += 16) {
      const ol = (<usize>l) << 2
      let a0 = f32x4.splat(0)
      let a1 = f32x4.splat(0)
      let a2 = f32x4.splat(0)
      let a3 = f32x4.splat(0)
      let b0 = f32x4.splat(0)
      let b1 = f32x4.splat(0)
      let b2 = f32x4.splat(0)
      let b3 = f32x4.splat(0)
      for (let p = block; p < end; p += stride) {
        const u = v128.load32_splat(p + oj)
        const v = v128.load32_splat(p + oj + 4)
        const c0 = v128.load(p + ol)
        const c1 = v128.load(p + ol, 16)
        const c2 = v128.load(p + ol, 32)
        const c3 = v128.load(p + ol, 48)
        a0 = f32x4.add(a0, f32x4.mul(u, c0))
        a1 = f32x4.add(a1, f32x4.mul(u, c1))
        a2 = f32x4.add(a2, f32x4.mul(u, c2))
        a3 = f32x4.add(a3, f32x4.mul(u, c3))
        b0 = f32x4.add(b0, f32x4.mul(v, c0))
        b1 = f32x4.add(b1, f32x4.mul(v, c1))
        b2 = f32x4.add(b2, f32x4.mul(v, c2))
        b3 = f32x4.add(b3, f32x4.mul(v, c3))
      }
      const og = (<usize>l) << 3
      addWidened(gramJ + og, a0)
      addWidened(gramJ + og + 32, a1)
      addWidened(gramJ + og + 64, a2)
      addWidened(gramJ + og + 96, a3)
      addWidened(gramK + og, b0)
      addWidened(gramK + og + 32, b1)
      addWidened(gramK + og + 64, b2)
      addWidened(gramK + og + 96, b3)
    }
    for (; l < width; l += 4) {
      const ol = (<usize>l) << 2
      let a = f32x4.splat(0)
      let b = f32x4.splat(0)
      for (let p = block; p < end; p += stride) {
        const c = v128.load(p + ol)
        a = f32x4.add(a, f32x4.mul(v128.load32_splat(p + oj), c))
        b = f32x4.add(b, f32x4.mul(v128.load32_splat(p + oj + 4), c))
      }
      const og = (<usize>l) << 3
      addWidened(gramJ + og, a)
      addWidened(gramK + og, b)
    }
  }
}

/** The float64 values x[j..j+3] − shift[j..j+3], as two pairs. */
function shiftedLow(x: usize, shift: usize, j: i32): v128 {
  return f64x2.sub(
    f64x2.promote_low_f32x4(v128.load(x + ((<usize>j) << 2))),
    v128.load(shift + ((<usize>j) << 3)),
  )
}

function shiftedHigh(x: usize, shift: usize, j: i32): v128 {
  const v = v128.load(x + ((<usize>j) << 2))
  const high = v128.shuffle<f32>(v, v, 2, 3, 0, 1)
  return f64x2.sub(f64x2.promote_low_f32x4(high), v128.load(shift + ((<usize>j) << 3), 16))
}

/**
 * In float64, for each of `rows` rows of X (float32, d each) and Y (float32, q each), with
 * x̃ = x − shift and r = y − Bx̃ − c: gradient[t] += [x̃·r_t, r_t] for every output t.
 * B is q × d (one row of coefficients per output), c has q entries, gradient is q × (d + 1).
 * This is the residual of the normal equations that iterative refinement corrects.
 */
export function accumulateResidualGradient(
  x: usize,
  y: usize,
  rows: i32,
  d: i32,
  q: i32,
  shift: usize,
  coefficients: usize,
  intercept: usize,
  gradient: usize,
): void {
  const vectorEnd = d & ~3
  for (let i = 0; i < rows; i++) {
    const row = x + ((<usize>(i * d)) << 2)
    for (let t = 0; t < q; t++) {
      const beta = coefficients + ((<usize>(t * d)) << 3)
      let low = f64x2.splat(0)
      let high = f64x2.splat(0)
      for (let j = 0; j < vectorEnd; j += 4) {
        const o = (<usize>j) << 3
        low = f64x2.add(low, f64x2.mul(shiftedLow(row, shift, j), v128.load(beta + o)))
        high = f64x2.add(high, f64x2.mul(shiftedHigh(row, shift, j), v128.load(beta + o, 16)))
      }
      const sum = f64x2.add(low, high)
      let prediction = f64x2.extract_lane(sum, 0) + f64x2.extract_lane(sum, 1)
      for (let j = vectorEnd; j < d; j++) {
        const centred =
          <f64>load<f32>(row + ((<usize>j) << 2)) - load<f64>(shift + ((<usize>j) << 3))
        prediction += centred * load<f64>(beta + ((<usize>j) << 3))
      }
      const label = <f64>load<f32>(y + ((<usize>(i * q + t)) << 2))
      const r = label - load<f64>(intercept + ((<usize>t) << 3)) - prediction
      const rr = f64x2.splat(r)
      const grad = gradient + ((<usize>(t * (d + 1))) << 3)
      for (let j = 0; j < vectorEnd; j += 4) {
        const g = grad + ((<usize>j) << 3)
        v128.store(g, f64x2.add(v128.load(g), f64x2.mul(shiftedLow(row, shift, j), rr)))
        v128.store(g, f64x2.add(v128.load(g, 16), f64x2.mul(shiftedHigh(row, shift, j), rr)), 16)
      }
      for (let j = vectorEnd; j < d; j++) {
        const g = grad + ((<usize>j) << 3)
        const centred =
          <f64>load<f32>(row + ((<usize>j) << 2)) - load<f64>(shift + ((<usize>j) << 3))
        store<f64>(g, load<f64>(g) + centred * r)
      }
      const g = grad + ((<usize>d) << 3)
      store<f64>(g, load<f64>(g) + r)
    }
  }
}
