import type { NamedTensorMap, Tensor, Variable } from '@tensorflow/tfjs-core'

/**
 * A model: trainable parameters and a forward pass. Every model package implements it, and
 * `@d2l-ts/train` trains anything that does.
 *
 * @example
 * ```ts
 * import { type Module, type Tensor, add, matMul, variable, zeros } from '@d2l-ts/tensor'
 * class Affine implements Module {
 *   w = variable(zeros([2, 1]), true, 'w')
 *   b = variable(zeros([1]), true, 'b')
 *   parameters() { return [this.w, this.b] }
 *   forward(x: Tensor) { return add(matMul(x, this.w), this.b) }
 * }
 * ```
 */
export interface Module {
  /** The trainable variables, in a stable order. */
  parameters(): Variable[]
  /** The model's output for a batch of inputs. */
  forward(x: Tensor): Tensor
}

/**
 * Updates parameters from their gradients. `grads` is keyed by variable name, as `variableGrads`
 * returns it.
 *
 * @example
 * ```ts
 * import { type Optimizer, type NamedTensorMap } from '@d2l-ts/tensor'
 * const noop: Optimizer = { step(_grads: NamedTensorMap) {} }
 * ```
 */
export interface Optimizer {
  /** Applies one update. Does not dispose `grads`; the caller owns them. */
  step(grads: NamedTensorMap): void
}

/**
 * A loss: predictions and labels in, a tensor of losses out (per example, or reduced to a scalar).
 *
 * @example
 * ```ts
 * import { type Loss, mul, square, sub } from '@d2l-ts/tensor'
 * const halfSquared: Loss = (yHat, y) => mul(0.5, square(sub(yHat, y)))
 * ```
 */
export type Loss = (yHat: Tensor, y: Tensor) => Tensor
