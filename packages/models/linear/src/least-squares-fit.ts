/** A dense row-major matrix; float32 data is read as it is, without a float64 copy. */
export interface Matrix {
  rows: number
  cols: number
  data: Float32Array | Float64Array
}

/** How a least-squares problem is posed and solved. */
export interface LeastSquaresOptions {
  /** L2 penalty on the coefficients (not the intercept). Default 0. */
  ridge?: number
  /** Fit an intercept (a column of ones that is not penalised). Default true. */
  intercept?: boolean
  /**
   * Allow the WebAssembly Gram path for large, well-conditioned float32 problems (default true);
   * false always takes the QR path.
   */
  fastPath?: boolean
}

/**
 * Which algorithm answered: `'qr'` (Householder QR of the data in memory), `'gram'` (the WebAssembly
 * SIMD Gram matrix, refined), `'pushdown'` (statistics and refinement passes computed by the engine
 * that holds a table), `'tsqr'` (R factors of a table's rows, streamed and merged).
 */
export type LeastSquaresMethod = 'qr' | 'gram' | 'pushdown' | 'tsqr'

/** The solution of Y ≈ X·coefficients + 1·interceptᵀ, and what inference needs from it. */
export interface LeastSquaresFit {
  /** [cols of X] × [cols of Y], row-major. */
  coefficients: Float64Array
  /** One per column of Y; zeros without an intercept. */
  intercept: Float64Array
  /** Residual sum of squares per column of Y. */
  rss: Float64Array
  /** Which algorithm answered (see {@link LeastSquaresMethod}). */
  method: LeastSquaresMethod
  /** Why the solver took the path it did, when it is not the usual one (a fallback). */
  note?: string
  /** 2-norm condition number (estimated) of the design with its columns scaled to unit length. */
  conditionNumber: number
  /**
   * (AᵀA)⁻¹ for the design A = [1, X] (or X without intercept), p × p row-major: σ² times it is the
   * covariance of the estimates. With ridge, (AᵀA + λI)⁻¹ on the penalised columns.
   */
  covariance(): Float64Array
}
