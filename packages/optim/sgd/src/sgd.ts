import {
  assertInteger,
  assertPositive,
  mul,
  type NamedTensorMap,
  ShapeError,
  sub,
  type Tensor,
  tidy,
  type Variable,
} from '@d2l-ts/tensor'

/**
 * The book's minibatch SGD update (3.2): `param ← param − lr · grad / batchSize` for each parameter,
 * in place. `grads` are the gradients of the loss *summed* over the minibatch, given in the order of
 * `params` or keyed by variable name (as `variableGrads` returns them); dividing by the batch size
 * makes the step independent of it.
 *
 * @throws {ValueError} when `lr` is not a positive number or `batchSize` not an integer >= 1.
 * @throws {ShapeError} when a gradient is missing or its shape differs from its parameter's.
 * @example
 * ```ts
 * import { sgd } from '@d2l-ts/optim-sgd'
 * import { tensor1d, variable } from '@d2l-ts/tensor'
 * const w = variable(tensor1d([1, 1]))
 * sgd([w], [tensor1d([10, -20])], 0.1, 10) // w ← w − 0.1 · grad / 10
 * w.dataSync() // Float32Array [0.9, 1.2]
 * ```
 */
export function sgd(
  params: readonly Variable[],
  grads: readonly Tensor[] | NamedTensorMap,
  lr: number,
  batchSize: number,
): void {
  assertPositive('lr', lr)
  assertInteger('batchSize', batchSize, { min: 1 })
  const step = lr / batchSize
  params.forEach((param, i) => {
    const g = gradientFor(param, i, grads)
    tidy(() => param.assign(sub(param, mul(step, g))))
  })
}

/** The gradient of `param`, by position in an array or by name in a map; checked against its shape. */
export function gradientFor(
  param: Variable,
  index: number,
  grads: readonly Tensor[] | NamedTensorMap,
): Tensor {
  const g = Array.isArray(grads)
    ? (grads as readonly Tensor[])[index]
    : (grads as NamedTensorMap)[param.name]
  const where = Array.isArray(grads) ? `grads[${index}]` : `grads['${param.name}']`
  if (!g) {
    throw new ShapeError({
      argument: where,
      expected: `a gradient for parameter ${param.name} of shape [${param.shape.join(', ')}]`,
      received: 'nothing',
    })
  }
  if (g.shape.length !== param.shape.length || g.shape.some((d, k) => d !== param.shape[k])) {
    throw new ShapeError({
      argument: where,
      expected: `shape [${param.shape.join(', ')}], as its parameter`,
      received: `shape [${g.shape.join(', ')}]`,
    })
  }
  return g
}
