import {
  assertInteger,
  assertShape,
  describeValue,
  type Module,
  randomNormal,
  type Tensor,
  tidy,
  ValueError,
  type Variable,
  variable,
  zeros,
} from '@d2l-ts/tensor'
import { linreg } from './linreg.js'

/** Options of the {@link Linear} constructor. */
export interface LinearOptions {
  /** Number of input features d, an integer >= 1. */
  inputs: number
  /** Number of outputs q, an integer >= 1. Default 1. */
  outputs?: number
  /** Seeds the initial weights. */
  seed?: number
  /**
   * Standard deviation of the initial weights, drawn from N(0, initStd²); the bias starts at 0.
   * Default 0.01, as 3.3 initialises `net[0].weight`.
   */
  initStd?: number
}

/**
 * The book's fully connected layer (`nn.Linear` of 3.3): O = XW + b, with weights W of shape
 * [inputs, outputs] (so that X of shape [n, inputs] multiplies from the left, as in 3.1's ŷ = Xw + b)
 * and a bias of shape [outputs]. Linear and softmax regression are this layer with different losses.
 *
 * @example
 * ```ts
 * import { Linear } from '@d2l-ts/nn'
 * import { tensor2d } from '@d2l-ts/tensor'
 * const net = new Linear({ inputs: 2, outputs: 1, seed: 0 })
 * net.parameters().map((p) => p.shape) // [[2, 1], [1]]
 * net.forward(tensor2d([[1, 2]])).shape // [1, 1]
 * ```
 */
export class Linear implements Module {
  readonly inputs: number
  readonly outputs: number
  /** The weights W, [inputs, outputs]. */
  readonly weight: Variable
  /** The bias b, [outputs]. */
  readonly bias: Variable

  /** @param options the numbers of inputs and outputs, and how to draw the initial weights. */
  constructor({ inputs, outputs = 1, seed, initStd = 0.01 }: LinearOptions) {
    assertInteger('options.inputs', inputs, { min: 1 })
    assertInteger('options.outputs', outputs, { min: 1 })
    if (!(typeof initStd === 'number' && Number.isFinite(initStd) && initStd >= 0)) {
      throw new ValueError({
        argument: 'options.initStd',
        expected: 'a finite number >= 0',
        received: describeValue(initStd),
      })
    }
    if (seed !== undefined) assertInteger('options.seed', seed)
    this.inputs = inputs
    this.outputs = outputs
    // A variable keeps its own reference to the data; the initial tensors are released here.
    this.weight = tidy(() => variable(randomNormal([inputs, outputs], { std: initStd, seed })))
    this.bias = tidy(() => variable(zeros([outputs])))
  }

  /** The trainable variables: `[weight, bias]`. */
  parameters(): Variable[] {
    return [this.weight, this.bias]
  }

  /**
   * O = XW + b for a batch X of shape [n, inputs]; returns [n, outputs].
   * @throws {ShapeError} when X is not [n, inputs].
   */
  forward(X: Tensor): Tensor {
    assertShape('X', X, [null, this.inputs])
    return linreg(X, this.weight, this.bias)
  }

  /** Frees the layer's variables. */
  dispose(): void {
    this.weight.dispose()
    this.bias.dispose()
  }
}
