import { describeValue, ValueError } from '@d2l-ts/tensor'

/** The ridge penalty λ of a closed-form fit: a finite number >= 0. */
export function checkRidge(ridge: unknown): number {
  if (!(typeof ridge === 'number' && Number.isFinite(ridge) && ridge >= 0)) {
    throw new ValueError({
      argument: 'options.ridge',
      expected: 'a finite number >= 0',
      received: describeValue(ridge),
    })
  }
  return ridge
}

/** A switch of the options (`options.intercept`, `options.fastPath`): true or false. */
export function checkSwitch(argument: string, value: unknown): boolean {
  if (typeof value !== 'boolean') {
    throw new ValueError({ argument, expected: 'true or false', received: describeValue(value) })
  }
  return value
}

/**
 * A table fit's columns against the model: one feature column per input, and a model with one
 * output (a table has one target column).
 */
export function checkTableColumns(
  features: unknown,
  { inputs, outputs }: { inputs: number; outputs: number },
): void {
  if (Array.isArray(features) && features.length !== inputs) {
    throw new ValueError({
      argument: 'options.features',
      expected: `${inputs} column names, one per input of the model`,
      received: `${features.length}`,
    })
  }
  if (outputs !== 1) {
    throw new ValueError({
      argument: 'options.target',
      expected: 'a model with one output (a table has one target column)',
      received: `a model with ${outputs} outputs`,
    })
  }
}
