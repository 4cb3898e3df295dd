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

/**
 * What one optimisation step did. `@d2l-ts/train`'s loop turns a non-finite `loss`, or
 * `finiteParameters: false`, into a `DivergenceError` naming the epoch and step.
 *
 * @example
 * ```ts
 * import type { StepResult } from '@d2l-ts/tensor'
 * const result: StepResult = { loss: 0.25, examples: 10 }
 * ```
 */
export interface StepResult {
  /**
   * The minibatch's mean loss before the update, as the model's own (float32) parameters give it.
   * When it is not finite the step must leave the parameters as they were.
   */
  loss: number
  /** How many examples the minibatch held. */
  examples: number
  /**
   * `false` when the update would have made a parameter NaN or ±Infinity although the loss was
   * finite; the step then left the parameters as they were. Default `true`.
   */
  finiteParameters?: boolean
}

/**
 * One way of taking optimisation steps, driven by `@d2l-ts/train`'s one training loop: the autograd
 * step (`trainStep`) and a model's fused typed-array kernel are two implementations. A stepper
 * that keeps the parameters outside the model (in typed arrays, say) writes them back in `sync`,
 * which the loop calls before every callback and validation, and once more when the run ends —
 * however it ends: finished, aborted, diverged or failed.
 *
 * @example
 * ```ts
 * import type { Stepper } from '@d2l-ts/tensor'
 * // Gradient descent on f(x) = (x − 3)², the "model" being one number kept outside any tensor
 * let x = 0
 * let stored = x
 * const stepper: Stepper<null> = {
 *   step() {
 *     const loss = (x - 3) ** 2
 *     x -= 0.1 * 2 * (x - 3)
 *     return { loss, examples: 1 }
 *   },
 *   sync() {
 *     stored = x
 *   },
 * }
 * ```
 */
export interface Stepper<Batch> {
  /** Takes one optimisation step on `batch`. */
  step(batch: Batch): StepResult | Promise<StepResult>
  /** Writes the stepper's parameters into the model; omit it when the step updates the model itself. */
  sync?(): void
}
