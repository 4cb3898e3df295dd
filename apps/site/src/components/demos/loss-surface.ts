// The squared loss of the line ŷ = w·x + b as a function of its two parameters, (3.1.6) averaged over
// the examples: L(w, b) = 1/(2n) Σ (w·xᵢ + b − yᵢ)². It is a quadratic form in (w, b) whose
// coefficients are the data's means, variances and covariance, so the contour plot of the SGD demo
// evaluates it on a whole grid without going back to the points, and its minimum is the closed form
// of section 3.1.1.3.

/** The loss over (w, b) of one data set, and where it is smallest. */
export interface LossSurface {
  /** L(w, b), the mean of ½(w·x + b − y)² over the examples. */
  at(w: number, b: number): number
  /** The least-squares line and its loss, the lowest point of the surface. */
  minimum: { w: number; b: number; loss: number }
}

/**
 * The loss surface of the points (xs[i], ys[i]). Written around the means x̄, ȳ, with
 * Sxx = mean (x − x̄)², Sxy = mean (x − x̄)(y − ȳ), Syy = mean (y − ȳ)²:
 *
 *   L(w, b) = ½ [w²·Sxx − 2w·Sxy + Syy + (w·x̄ + b − ȳ)²],
 *
 * the centred form, which does not cancel large sums against each other. The minimum is at
 * w* = Sxy / Sxx, b* = ȳ − w*·x̄, where L = ½ (Syy − Sxy² / Sxx). Needs two different x values.
 */
export function lossSurface(xs: readonly number[], ys: readonly number[]): LossSurface {
  const n = xs.length
  let meanX = 0
  let meanY = 0
  for (let i = 0; i < n; i++) {
    meanX += (xs[i] as number) / n
    meanY += (ys[i] as number) / n
  }
  let sxx = 0
  let sxy = 0
  let syy = 0
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - meanX
    const dy = (ys[i] as number) - meanY
    sxx += (dx * dx) / n
    sxy += (dx * dy) / n
    syy += (dy * dy) / n
  }
  const w = sxy / sxx
  const at = (wi: number, bi: number) => {
    const offset = wi * meanX + bi - meanY
    return 0.5 * (wi * wi * sxx - 2 * wi * sxy + syy + offset * offset)
  }
  return { at, minimum: { w, b: meanY - w * meanX, loss: 0.5 * (syy - (sxy * sxy) / sxx) } }
}
