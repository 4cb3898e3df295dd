// The rows that the data-at-scale cells write to their Parquet file, drawn again here by the same
// seeded SQL, so that their tests can compute float64 references without the packages under test. A
// test checks that every cell still holds these statements verbatim.
import { readFileSync } from 'node:fs'
import { DuckDBInstance } from '@duckdb/node-api'
import { expect, it } from 'vitest'

/** The cells' statements, in the order they run after `SELECT setseed(0.42)` on one thread. */
export const READINGS_SQL = {
  create: `CREATE TABLE readings AS SELECT
  2 * random() - 1 AS temperature, 2 * random() - 1 AS pressure, 2 * random() - 1 AS humidity
  FROM range(100000)`,
  select: `SELECT *, 4.2 + 2 * temperature - 3.4 * pressure + 0.5 * humidity
            + 0.1 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) AS output
  FROM readings`,
}

/** The generating rule: output = B + Σ W_j · reading_j + ε, ε ~ N(0, SIGMA²), readings ~ U(−1, 1). */
export const TRUTH = { W: [2, -3.4, 0.5], B: 4.2, SIGMA: 0.1, N: 100_000 } as const

/** The cells' rows, [temperature, pressure, humidity, output] each, in file order. */
export async function sensorReadings(): Promise<number[][]> {
  const duckdb = await DuckDBInstance.create(':memory:', { threads: '1' })
  const sql = await duckdb.connect()
  try {
    await sql.run('SELECT setseed(0.42)')
    await sql.run(READINGS_SQL.create)
    const rows = (await sql.runAndReadAll(READINGS_SQL.select)).getRows()
    return rows.map((row) => row.map(Number))
  } finally {
    sql.closeSync()
    duckdb.closeSync()
  }
}

/** Checks that the cell and its Chinese twin write the rows that {@link sensorReadings} draws again. */
export function itWritesTheSensorReadings(cell: string): void {
  it(`${cell} (and its twin) writes the rows that the tests draw again`, () => {
    for (const file of [`${cell}.ts`, `${cell}.zh-cn.ts`]) {
      const source = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')
      expect(source).toContain("DuckDBInstance.create(':memory:', { threads: '1' })")
      expect(source).toContain("await sql.run('SELECT setseed(0.42)')")
      expect(source).toContain(`await sql.run(\`${READINGS_SQL.create}\`)`)
      expect(source).toContain(`COPY (\n  ${READINGS_SQL.select}\n) TO`)
    }
  })
}

/** Column means and the centred cross-products Σ (v − v̄)(v − v̄)ᵀ, by a plain float64 two-pass. */
export function referenceMoments(rows: readonly number[][]) {
  const k = (rows[0] as number[]).length
  const means = Array.from(
    { length: k },
    (_, j) => rows.reduce((sum, row) => sum + (row[j] as number), 0) / rows.length,
  )
  const products = Array.from({ length: k }, () => new Array<number>(k).fill(0))
  for (const row of rows) {
    for (let i = 0; i < k; i++) {
      const di = (row[i] as number) - (means[i] as number)
      const target = products[i] as number[]
      for (let j = 0; j < k; j++) {
        target[j] = (target[j] as number) + di * ((row[j] as number) - (means[j] as number))
      }
    }
  }
  return { means, products }
}

/**
 * Least squares with an intercept from the centred normal equations, solved by Gaussian elimination
 * in float64: w and b for the last column as target. The readings are independent and of equal
 * spread (condition number near 1), so this simple solve is accurate to about 1e-14.
 */
export function referenceFit(rows: readonly number[][]): { w: number[]; b: number } {
  const { means, products } = referenceMoments(rows)
  const d = means.length - 1
  const A = Array.from({ length: d }, (_, i) => [
    ...(products[i] as number[]).slice(0, d),
    (products[i] as number[])[d] as number,
  ])
  for (let c = 0; c < d; c++) {
    const pivot = A[c] as number[]
    for (let r = c + 1; r < d; r++) {
      const row = A[r] as number[]
      const f = (row[c] as number) / (pivot[c] as number)
      for (let j = c; j <= d; j++) row[j] = (row[j] as number) - f * (pivot[j] as number)
    }
  }
  const w = new Array<number>(d).fill(0)
  for (let r = d - 1; r >= 0; r--) {
    const row = A[r] as number[]
    let s = row[d] as number
    for (let j = r + 1; j < d; j++) s -= (row[j] as number) * (w[j] as number)
    w[r] = s / (row[r] as number)
  }
  const b = (means[d] as number) - w.reduce((s, wj, j) => s + wj * (means[j] as number), 0)
  return { w, b }
}
