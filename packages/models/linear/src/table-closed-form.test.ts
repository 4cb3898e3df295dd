import { ValueError } from '@d2l-ts/tensor'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { LinearRegression } from './index.js'
import { type CsvTable, csvTable } from './test-support/csv-table.js'
import { lre, readStrd, STRD_LINEAR } from './test-support/nist-strd.js'
import { regressionProblem } from './test-support/regression-problem.js'

// The NIST StRD sets (certified to 15 digits), read by DuckDB from a CSV file. The pushdown path
// (float64 statistics refined in the engine) must reach the in-memory solver's digits on the sets it
// answers; TSQR, which answers the ill-conditioned ones, is a backward-stable QR without the
// in-memory solver's double-double refinement, so it is held to what LAPACK's QR reaches (numpy's
// lstsq: Wampler1–5 9.3, 10.2, 9.6, 7.9, 5.9 digits; Filip 0).
const coefficientDigits = (name: string) =>
  name === 'Filip' ? 7 : name.startsWith('Wampler') ? 6 : 10
const statisticDigits = (name: string) => (name === 'Filip' ? 6 : 8)

/** A StRD set as a table of columns x1 … xd, y. */
async function strdTable(name: string) {
  const set = readStrd(name)
  const d = set.X[0]!.length
  const features = Array.from({ length: d }, (_, j) => `x${j + 1}`)
  const rows = set.X.map((row, i) => [...row, set.y[i]!])
  return { set, d, features, ...(await csvTable([...features, 'y'], rows)) }
}

describe('fitClosedForm(table) on the NIST StRD linear sets', () => {
  it.each(STRD_LINEAR)('%s: coefficients, standard errors, residual SD and R²', async (name) => {
    const { set, d, features, table, close } = await strdTable(name)
    try {
      const model = new LinearRegression({ inputs: d })
      const { w, b } = await model.fitClosedForm(table, {
        features,
        target: 'y',
        intercept: set.intercept,
      })
      const estimates = [...(set.intercept ? [b[0]!] : []), ...w.map((row) => row[0]!)]
      const { certified } = set
      const coefficients = Math.min(...estimates.map((e, j) => lre(e, certified.estimates[j]!)))
      expect(coefficients).toBeGreaterThanOrEqual(coefficientDigits(name))
      const summary = model.summary()
      const digits = statisticDigits(name)
      const se = summary.terms!.map((t, j) => lre(t.stdError, certified.standardDeviations[j]!))
      // Wampler1 and 2 fit exactly: their certified standard errors are 0.
      if (!['Wampler1', 'Wampler2'].includes(name)) {
        expect(Math.min(...se)).toBeGreaterThanOrEqual(digits)
        expect(
          lre(summary.residualStdError!, certified.residualStandardDeviation),
        ).toBeGreaterThanOrEqual(digits)
      }
      expect(lre(summary.rSquared!, certified.rSquared)).toBeGreaterThanOrEqual(digits)
      expect(summary.dfResidual).toBe(certified.dfResidual)
      expect(summary.terms!.map((t) => t.name)).toEqual([
        ...(set.intercept ? ['(Intercept)'] : []),
        ...features,
      ])
    } finally {
      await close()
    }
  })

  it('answers the well-conditioned sets in the engine and says why the hard ones were streamed', async () => {
    const methods: Record<string, string | undefined> = {}
    const notes: Record<string, string | undefined> = {}
    for (const name of ['Norris', 'Longley', 'Wampler5', 'Filip']) {
      const { d, features, table, close } = await strdTable(name)
      const model = new LinearRegression({ inputs: d })
      await model.fitClosedForm(table, { features, target: 'y' })
      methods[name] = model.summary().method
      notes[name] = model.summary().note
      await close()
    }
    // Longley's difficulty is its offset, which centring removes (condition number about 110);
    // Wampler's powers of x stay collinear (about 1.8e3), Filip's more so (about 5e9).
    expect(methods).toEqual({
      Norris: 'pushdown',
      Longley: 'pushdown',
      Wampler5: 'tsqr',
      Filip: 'tsqr',
    })
    expect(notes.Norris).toBeUndefined()
    expect(notes.Wampler5).toMatch(
      /QR of the streamed rows \(TSQR\), because the design's condition number, about 1\.\de\+3, is above 1000/,
    )
    expect(String(new LinearRegression({ inputs: 1 }).summary())).not.toContain('TSQR')
  })
})

describe('fitClosedForm(table) on a large, well-conditioned table', () => {
  const rows = 50_000
  const d = 3
  // Features far from zero and on different scales; the labels' noise has SD 0.1.
  const { X, Y } = regressionProblem(7, rows, d, 1)
  const features = ['a', 'b', 'c']
  let data: CsvTable
  beforeAll(async () => {
    data = await csvTable(
      [...features, 'y'],
      Array.from({ length: rows }, (_, i) => [...X.data.subarray(i * d, (i + 1) * d), Y.data[i]!]),
    )
  })
  afterAll(() => data?.close())

  it('solves in the engine, no row read, within 1e-9 of the in-memory QR solution of the same rows', async () => {
    const chunks = vi.spyOn(data.table, 'chunks')
    const model = new LinearRegression({ inputs: d })
    const fromTable = await model.fitClosedForm(data.table, { features, target: 'y' })
    expect(chunks).not.toHaveBeenCalled()
    chunks.mockRestore()
    expect(model.summary().method).toBe('pushdown')
    // The in-memory path on the same float64 numbers, by Householder QR (a second algorithm).
    const rowsOf = (i: number) => Array.from(X.data.subarray(i * d, (i + 1) * d))
    const reference = new LinearRegression({ inputs: d })
    const inMemory = reference.fitClosedForm(
      Array.from({ length: rows }, (_, i) => rowsOf(i)),
      Array.from(Y.data),
      { featureNames: features },
    )
    expect(reference.summary().method).toBe('qr')
    const scale = Math.max(...inMemory.w.flat().map(Math.abs), Math.abs(inMemory.b[0]!))
    const largest = Math.max(
      ...inMemory.w.flat().map((v, j) => Math.abs(v - fromTable.w[j]![0]!)),
      Math.abs(inMemory.b[0]! - fromTable.b[0]!),
    )
    expect(largest / scale).toBeLessThan(1e-9)
    // The inference agrees too: standard errors, R², F.
    const a = model.summary()
    const b = reference.summary()
    a.terms!.forEach((term, j) => {
      expect(term.name).toBe(b.terms![j]!.name)
      expect(Math.abs(term.stdError / b.terms![j]!.stdError - 1)).toBeLessThan(1e-9)
    })
    expect(Math.abs(a.rSquared! - b.rSquared!)).toBeLessThan(1e-12)
    expect(Math.abs(a.fStatistic!.value / b.fStatistic!.value - 1)).toBeLessThan(1e-9)
    expect(a.n).toBe(rows)
  })

  it('without an intercept and with ridge, as the in-memory solver gives', async () => {
    const matrix = Array.from({ length: rows }, (_, i) =>
      Array.from(X.data.subarray(i * d, (i + 1) * d)),
    )
    for (const options of [{ intercept: false }, { ridge: 1e4 }]) {
      const model = new LinearRegression({ inputs: d })
      const fromTable = await model.fitClosedForm(data.table, { features, target: 'y', ...options })
      const inMemory = new LinearRegression({ inputs: d }).fitClosedForm(
        matrix,
        Array.from(Y.data),
        options,
      )
      const all = [...inMemory.w.flat(), inMemory.b[0]!]
      const got = [...fromTable.w.flat(), fromTable.b[0]!]
      const scale = Math.max(...all.map(Math.abs))
      const largest = Math.max(...all.map((v, j) => Math.abs(v - got[j]!)))
      expect(largest / scale, JSON.stringify(options)).toBeLessThan(1e-9)
    }
  })
})

describe('fitClosedForm(table): bad input', () => {
  // x2 = 2·x1 + 1 exactly; c is constant; y = 1 + x1 + x3.
  const rows = Array.from({ length: 20 }, (_, i) => [
    i,
    2 * i + 1,
    5,
    (i * 7) % 11,
    1 + i + ((i * 7) % 11),
  ])
  let data: CsvTable
  beforeAll(async () => {
    data = await csvTable(['x1', 'x2', 'c', 'x3', 'y'], rows)
  })
  afterAll(() => data?.close())

  it('names a dependent or a constant column by its name', async () => {
    const model = new LinearRegression({ inputs: 2 })
    await expect(
      model.fitClosedForm(data.table, { features: ['x1', 'x2'], target: 'y' }),
    ).rejects.toThrow(
      /options\.features: expected linearly independent columns for the closed-form solution, received column "x(1|2)" is a linear combination of column "x(1|2)"/,
    )
    await expect(
      model.fitClosedForm(data.table, { features: ['x1', 'c'], target: 'y' }),
    ).rejects.toThrow('received column "c" is constant, which the bias already models')
    // With ridge the penalised problem has a solution.
    await expect(
      model.fitClosedForm(data.table, { features: ['x1', 'x2'], target: 'y', ridge: 1 }),
    ).resolves.toHaveProperty('b')
  })

  it('refuses options that do not fit the model or the table, naming them', async () => {
    const model = new LinearRegression({ inputs: 2 })
    const cases: [object, RegExp][] = [
      [
        { features: ['x1'], target: 'y' },
        /options\.features: expected 2 column names, one per input/,
      ],
      [
        { features: ['x1', 'x3'], target: 'y', ridge: -1 },
        /options\.ridge: expected a finite number >= 0/,
      ],
      [
        { features: ['x1', 'x3'], target: 'y', intercept: 'yes' },
        /options\.intercept: expected true or false/,
      ],
      [
        { features: ['x1', 'x3'], target: 'y', lr: 0.1 },
        /options\.lr: expected one of the options of a table fit/,
      ],
      [
        { features: ['x1', 'nope'], target: 'y' },
        /options\.features: expected a column of the table \("x1", "x2", "c", "x3", "y"\)/,
      ],
    ]
    for (const [options, message] of cases) {
      const error = await model.fitClosedForm(data.table, options as never).catch((e) => e)
      expect(error, JSON.stringify(options)).toBeInstanceOf(ValueError)
      expect(error.message).toMatch(message)
    }
    const twoOutputs = new LinearRegression({ inputs: 2, outputs: 2 })
    await expect(
      twoOutputs.fitClosedForm(data.table, { features: ['x1', 'x3'], target: 'y' }),
    ).rejects.toThrow(/options\.target: expected a model with one output/)
  })

  it('fits exactly where the data is exact: y = 1 + x1 + x3', async () => {
    const model = new LinearRegression({ inputs: 2 })
    const { w, b } = await model.fitClosedForm(data.table, { features: ['x1', 'x3'], target: 'y' })
    expect(w.flat()[0]).toBeCloseTo(1, 12)
    expect(w.flat()[1]).toBeCloseTo(1, 12)
    expect(b[0]).toBeCloseTo(1, 12)
  })
})
