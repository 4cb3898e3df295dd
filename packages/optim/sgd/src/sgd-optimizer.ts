import {
  add,
  assertPositive,
  describeValue,
  mul,
  type NamedTensorMap,
  type Optimizer,
  sub,
  type Tensor,
  tidy,
  ValueError,
  type Variable,
  variable,
} from '@d2l-ts/tensor'
import { gradientFor } from './sgd.js'

/** Options of {@link SGD}. */
export interface SGDOptions {
  /** Learning rate η, > 0. */
  lr: number
  /** Momentum factor in [0, 1). Default 0: plain SGD. */
  momentum?: number
  /** L2 penalty added to each gradient as `weightDecay · param`. Default 0. */
  weightDecay?: number
}

/**
 * Stochastic gradient descent as an {@link Optimizer}, with PyTorch's conventions: the gradient is
 * `g = ∇ + weightDecay · param`; with momentum μ a velocity `v ← μv + g` (v = g on the first step)
 * replaces it; then `param ← param − lr · v`. The gradients it receives are of the loss as reduced by
 * the caller (a mean over the minibatch, in `@d2l-ts/train`), so no division by the batch size here.
 *
 * Parameters without a gradient in a step (not used by the loss) are left alone. Call `dispose()` to
 * free the velocities when done.
 *
 * @throws {ValueError} for `lr` <= 0, `momentum` outside [0, 1) or `weightDecay` < 0.
 * @example
 * ```ts
 * import { SGD } from '@d2l-ts/optim-sgd'
 * import { tensor1d, variable } from '@d2l-ts/tensor'
 * const w = variable(tensor1d([1]))
 * const optimizer = new SGD([w], { lr: 0.1, momentum: 0.9 })
 * optimizer.step({ [w.name]: tensor1d([1]) }) // v = 1,   w = 0.9
 * optimizer.step({ [w.name]: tensor1d([1]) }) // v = 1.9, w = 0.71
 * ```
 */
export class SGD implements Optimizer {
  readonly lr: number
  readonly momentum: number
  readonly weightDecay: number
  readonly #params: readonly Variable[]
  readonly #velocities = new Map<Variable, Variable>()

  /**
   * @param params the variables to update, such as a model's `parameters()`.
   * @param options the learning rate, momentum and weight decay.
   */
  constructor(params: readonly Variable[], { lr, momentum = 0, weightDecay = 0 }: SGDOptions) {
    assertPositive('options.lr', lr)
    if (!(momentum >= 0 && momentum < 1)) {
      throw new ValueError({
        argument: 'options.momentum',
        expected: 'a number in [0, 1)',
        received: describeValue(momentum),
      })
    }
    if (!(weightDecay >= 0 && Number.isFinite(weightDecay))) {
      throw new ValueError({
        argument: 'options.weightDecay',
        expected: 'a finite number >= 0',
        received: describeValue(weightDecay),
      })
    }
    this.#params = [...params]
    this.lr = lr
    this.momentum = momentum
    this.weightDecay = weightDecay
  }

  /** Applies one update to every parameter that has a gradient in `grads` (keyed by variable name). */
  step(grads: NamedTensorMap): void {
    this.#params.forEach((param, i) => {
      if (!(param.name in grads)) return
      const raw = gradientFor(param, i, grads)
      tidy(() => {
        const g = this.weightDecay > 0 ? add(raw, mul(this.weightDecay, param)) : raw
        const direction = this.momentum > 0 ? this.#velocity(param, g) : g
        param.assign(sub(param, mul(this.lr, direction)))
      })
    })
  }

  #velocity(param: Variable, g: Tensor): Variable {
    const v = this.#velocities.get(param)
    if (!v) {
      const first = variable(g, false)
      this.#velocities.set(param, first)
      return first
    }
    v.assign(add(mul(this.momentum, v), g))
    return v
  }

  /** Frees the momentum buffers. The parameters stay the caller's. */
  dispose(): void {
    for (const v of this.#velocities.values()) v.dispose()
    this.#velocities.clear()
  }
}
