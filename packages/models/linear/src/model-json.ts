import { describeValue, ValueError } from '@d2l-ts/tensor'

/** The name that marks a serialised {@link LinearRegression}. */
export const LINEAR_REGRESSION_FORMAT = '@d2l-ts/models-linear/LinearRegression'

/** The schema version this package writes and reads. */
export const LINEAR_REGRESSION_VERSION = 1

/** A `LinearRegression` as plain JSON (version 1). */
export interface LinearRegressionJSON {
  format: typeof LINEAR_REGRESSION_FORMAT
  version: typeof LINEAR_REGRESSION_VERSION
  inputs: number
  outputs: number
  /** Weights, `inputs` rows of `outputs` numbers. */
  w: number[][]
  /** Biases, `outputs` numbers. */
  b: number[]
}

/**
 * Checks that `json` is a version-1 serialised model, field by field, and returns it typed.
 *
 * @throws {ValueError} naming the first field that is missing or wrong.
 */
export function parseModelJSON(json: unknown): LinearRegressionJSON {
  const value = typeof json === 'string' ? parseText(json) : json
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail('json', 'an object', describeValue(value))
  }
  const record = value as Record<string, unknown>
  if (record.format !== LINEAR_REGRESSION_FORMAT) {
    fail('json.format', `"${LINEAR_REGRESSION_FORMAT}"`, describeValue(record.format))
  }
  if (record.version !== LINEAR_REGRESSION_VERSION) {
    fail('json.version', String(LINEAR_REGRESSION_VERSION), describeValue(record.version))
  }
  const inputs = positiveInteger('json.inputs', record.inputs)
  const outputs = positiveInteger('json.outputs', record.outputs)
  const w = numberRows('json.w', record.w, inputs, outputs)
  const b = numberRow('json.b', record.b, outputs)
  return {
    format: LINEAR_REGRESSION_FORMAT,
    version: LINEAR_REGRESSION_VERSION,
    inputs,
    outputs,
    w,
    b,
  }
}

function parseText(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    return fail('json', 'JSON text', `text that does not parse (${(error as Error).message})`)
  }
}

function positiveInteger(argument: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    fail(argument, 'an integer >= 1', describeValue(value))
  }
  return value
}

function numberRows(argument: string, value: unknown, rows: number, cols: number): number[][] {
  if (!Array.isArray(value) || value.length !== rows) {
    fail(argument, `an array of ${rows} rows`, describeValue(value))
  }
  return value.map((row, i) => numberRow(`${argument}[${i}]`, row, cols))
}

function numberRow(argument: string, value: unknown, length: number): number[] {
  if (!Array.isArray(value) || value.length !== length) {
    fail(argument, `an array of ${length} numbers`, describeValue(value))
  }
  value.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      fail(`${argument}[${i}]`, 'a finite number', describeValue(v))
    }
  })
  return [...value] as number[]
}

function fail(argument: string, expected: string, received: string): never {
  throw new ValueError({ argument, expected, received })
}
