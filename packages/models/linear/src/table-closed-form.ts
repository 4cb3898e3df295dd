import type { DataTable, TableColumnsOptions } from '@d2l-ts/data'
import { describeValue, ValueError } from '@d2l-ts/tensor'
import { ClosedFormSolution } from './closed-form-solution.js'
import { dependentColumnsError } from './dependent-columns-error.js'
import { RankDeficientError } from './gram-factor.js'
import { checkRidge, checkSwitch, checkTableColumns } from './option-checks.js'
import { tableLeastSquares } from './table-least-squares.js'

/** Options of `fitClosedForm(table, options)`: which columns, and the problem's settings. */
export interface TableClosedFormOptions extends TableColumnsOptions {
  /** L2 penalty λ on the weights (not the bias). Default 0. */
  ridge?: number
  /** Fit the bias b (default true); `false` fits y ≈ Xw through the origin. */
  intercept?: boolean
}

const OPTION_NAMES = ['features', 'target', 'invalid', 'ridge', 'intercept']

/**
 * The closed-form solution of a model with `inputs` features and one output, from a table's
 * columns, computed where the table lives (see `tableLeastSquares`), with the statistics that
 * `summary()` reports: the features' column names name the terms.
 *
 * @throws {ValueError} for malformed options (named as given), a feature count that is not the
 *   model's, a model with several outputs, too few rows, or dependent columns (named).
 */
export async function tableClosedForm(
  table: DataTable,
  options: TableClosedFormOptions,
  { inputs, outputs }: { inputs: number; outputs: number },
): Promise<ClosedFormSolution> {
  if (typeof options !== 'object' || options === null) {
    throw new ValueError({
      argument: 'options',
      expected: 'an object with features and target',
      received: describeValue(options),
    })
  }
  const unknown = Object.keys(options).find((name) => !OPTION_NAMES.includes(name))
  if (unknown !== undefined) {
    throw new ValueError({
      argument: `options.${unknown}`,
      expected: `one of the options of a table fit (${OPTION_NAMES.join(', ')})`,
      received: 'an unknown option',
    })
  }
  const { features, target, invalid = 'error', ridge = 0, intercept = true } = options
  checkTableColumns(features, { inputs, outputs })
  checkRidge(ridge)
  checkSwitch('options.intercept', intercept)
  try {
    const { fit, n, tss } = await tableLeastSquares(table, {
      features,
      target,
      invalid,
      ridge,
      intercept,
    })
    const inference = { n, intercept, featureNames: [...features], tss }
    return new ClosedFormSolution({ fit, inputs, outputs, ...(ridge === 0 ? { inference } : {}) })
  } catch (error) {
    if (!(error instanceof RankDeficientError)) throw error
    throw dependentColumnsError(error, { argument: 'options.features', intercept, names: features })
  }
}
