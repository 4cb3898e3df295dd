import { expect, it } from 'vitest'
import { listAfter, textOf } from './test-support/outputs.js'
import { describeWithTwin } from './test-support/twins.js'

// The cell's logits and label, and the derivatives by hand in float64: p = softmax(o), the gradient
// p − y (3.4.8), and the second derivative p(1 − p): ∂pⱼ/∂oⱼ = pⱼ(1 − pⱼ), as yⱼ is a constant.
const O = [2, 1, 0.1]
const Y = [1, 0, 0]
const TOTAL = O.reduce((s, v) => s + Math.exp(v), 0)
const P = O.map((v) => Math.exp(v) / TOTAL)
const GRADIENT = P.map((p, j) => p - (Y[j] as number))
const VARIANCE = P.map((p) => p * (1 - p))

describeWithTwin('exercise-cross-entropy-derivatives', (run) => {
  const text = textOf(run)
  const near = (label: string, truth: number[], tolerance: number) => {
    const printed = listAfter(text, label)
    expect(printed).toHaveLength(truth.length)
    for (const [j, v] of printed.entries()) {
      expect(Math.abs(v - (truth[j] as number))).toBeLessThan(tolerance)
    }
  }

  it('finds autograd’s gradient of crossEntropy equal to softmax(o) − y', () => {
    near('softmax(o)', P, 2e-6)
    near('autograd', GRADIENT, 2e-6)
    near('softmax(o) − y', GRADIENT, 2e-6)
  })

  it('measures the second derivative as p(1 − p), the variance of the class indicator', () => {
    near('p(1 − p)', VARIANCE, 2e-6)
    // A central difference of step h = 0.01 is off by h²/6 times the third derivative (< 2e-6), plus
    // float32 rounding of the two gradients divided by 2h (about 6e-6).
    near('second derivative', VARIANCE, 2e-5)
  })
})
