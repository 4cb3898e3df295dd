import type { TableCase } from './workload.js'

/**
 * How far from the truth `steps` steps of full-batch gradient descent with step `lr`, from w = 0 and
 * b = 0, leave a linear model on the case's population: ‖θₖ − θ*‖ / ‖θ*‖ over θ = [w, b]. The loss
 * ½E(x̃ᵀθ − y)², with x̃ = [x, 1] and x ~ N(μ, diag(σ²)), has the Hessian H = E[x̃x̃ᵀ] =
 * [[diag(σ²) + μμᵀ, μ], [μᵀ, 1]], and the error evolves as eₖ₊₁ = (I − lr·H)eₖ. Minibatch SGD with
 * the same step follows this path in expectation; its batch noise adds a spread of order
 * √(lr/batch)·noiseStd, far below it at W5's sizes.
 */
export function gradientDescentDistance(c: TableCase, lr: number, steps: number): number {
  const { d, means, scales, truth } = c
  const width = d + 1
  const hessian = new Float64Array(width * width)
  for (let j = 0; j < d; j++) {
    for (let l = 0; l < d; l++) {
      hessian[j * width + l] =
        (means[j] as number) * (means[l] as number) + (j === l ? (scales[j] as number) ** 2 : 0)
    }
    hessian[j * width + d] = means[j] as number
    hessian[d * width + j] = means[j] as number
  }
  hessian[d * width + d] = 1
  const target = Float64Array.of(...truth.w, truth.b)
  let error = target.map((v) => -v)
  for (let step = 0; step < steps; step++) {
    const next = Float64Array.from(error)
    for (let j = 0; j < width; j++) {
      let s = 0
      for (let l = 0; l < width; l++) s += (hessian[j * width + l] as number) * (error[l] as number)
      next[j] = (next[j] as number) - lr * s
    }
    error = next
  }
  return Math.hypot(...error) / Math.hypot(...target)
}
