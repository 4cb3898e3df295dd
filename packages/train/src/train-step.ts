import { squaredLoss } from '@d2l-ts/losses'
import {
  all,
  cast,
  clone,
  dispose,
  isFinite as elementsFinite,
  type Loss,
  logicalAnd,
  type Module,
  mean,
  type Optimizer,
  reshape,
  type StepResult,
  scalar,
  stack,
  type Tensor,
  tidy,
  ValueError,
  type Variable,
  variableGrads,
} from '@d2l-ts/tensor'

/** Options of {@link trainStep}. */
export interface TrainStepOptions {
  /** The optimiser that updates `model.parameters()`. */
  optimizer: Optimizer
  /** The loss whose mean over the minibatch is differentiated. Default `squaredLoss`. */
  loss?: Loss
}

/**
 * One step of minibatch gradient descent, the heart of 3.2's training loop: the minibatch's mean
 * loss, its gradients with respect to `model.parameters()` (autograd), and `optimizer.step`.
 *
 * A step never leaves a parameter NaN or ±Infinity: when the loss is not finite, or the update
 * would make a parameter non-finite, the parameters are put back as they were, and the result says
 * so (`loss` not finite, or `finiteParameters: false`) — `runTraining` turns that into a
 * `DivergenceError`. One read from the backend per step (the loss and the check together); the
 * step's tensors are disposed.
 *
 * @param options the optimizer that updates the parameters, and the loss (default `squaredLoss`).
 * @throws {ValueError} when the batch has no labels.
 * @example
 * ```ts
 * import { syntheticData } from '@d2l-ts/data'
 * import { Linear } from '@d2l-ts/nn'
 * import { SGD } from '@d2l-ts/optim-sgd'
 * import { trainStep } from '@d2l-ts/train'
 * const { X, y } = syntheticData([2, -3.4], 4.2, 10, { seed: 0 })
 * const net = new Linear({ inputs: 2, outputs: 1, seed: 0 })
 * const optimizer = new SGD(net.parameters(), { lr: 0.03 })
 * const first = await trainStep(net, [X, y], { optimizer })
 * const second = await trainStep(net, [X, y], { optimizer })
 * second.loss < first.loss // true: the step went downhill
 * ```
 */
export async function trainStep(
  model: Module,
  batch: readonly Tensor[],
  { optimizer, loss = squaredLoss }: TrainStepOptions,
): Promise<StepResult> {
  const [X, y] = batch
  if (!X || !y) {
    throw new ValueError({
      argument: 'batch',
      expected: 'a pair [X, y]',
      received: `${batch.length} tensor${batch.length === 1 ? '' : 's'}`,
    })
  }
  const parameters = model.parameters()
  // clone() shares the data (no copy); assign() below gives the variables new data, so these
  // keep the values from before the update, to put back if it went wrong.
  const before = parameters.map((p) => clone(p))
  const { value, grads } = variableGrads(() => mean(loss(model.forward(X), y)), parameters)
  try {
    optimizer.step(grads)
    const health = tidy(() => stack([reshape(value, []), allFinite(parameters)]))
    const [batchLoss = Number.NaN, finite = 0] = await health.data()
    health.dispose()
    const finiteParameters = finite === 1
    if (!(Number.isFinite(batchLoss) && finiteParameters)) {
      for (const [i, p] of parameters.entries()) p.assign(before[i] as Tensor)
    }
    return {
      loss: batchLoss,
      examples: X.shape[0] ?? 0,
      ...(finiteParameters ? {} : { finiteParameters }),
    }
  } finally {
    dispose([value, ...Object.values(grads), ...before])
  }
}

/** 1 when every element of every parameter is finite, else 0 (a float32 scalar). */
function allFinite(parameters: readonly Variable[]): Tensor {
  const every = parameters.reduce<Tensor>(
    (sofar, p) => logicalAnd(sofar, all(elementsFinite(p))),
    scalar(true, 'bool'),
  )
  return cast(every, 'float32')
}
