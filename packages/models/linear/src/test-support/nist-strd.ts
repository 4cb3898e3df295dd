import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/**
 * A NIST StRD linear least-squares dataset, read from the file as NIST publishes it
 * (https://www.itl.nist.gov/div898/strd/lls/lls.shtml; copies in test/nist/ come from the gretl
 * project's tests/ folder, which carries them unchanged).
 */
export interface StrdDataset {
  name: string
  /** The design without the intercept column: powers x, x², … for the polynomial sets. */
  X: number[][]
  y: number[]
  intercept: boolean
  certified: {
    /** B0 (when there is an intercept), B1, … in order. */
    estimates: number[]
    standardDeviations: number[]
    residualStandardDeviation: number
    rSquared: number
    /** From the analysis of variance table. */
    fStatistic: number
    dfRegression: number
    dfResidual: number
  }
}

/** The eleven linear sets, from lower to higher difficulty as NIST lists them. */
export const STRD_LINEAR = [
  'Norris',
  'Pontius',
  'NoInt1',
  'NoInt2',
  'Filip',
  'Longley',
  'Wampler1',
  'Wampler2',
  'Wampler3',
  'Wampler4',
  'Wampler5',
] as const

/** Reads test/nist/<name>.dat. */
export function readStrd(name: string): StrdDataset {
  const file = fileURLToPath(new URL(`../../test/nist/${name}.dat`, import.meta.url))
  const lines = readFileSync(file, 'utf8').split(/\r?\n/)
  const range = (what: string) => {
    const line = lines.find((l) => l.includes(what) && l.includes('lines'))
    const match = line?.match(/lines\s+(\d+)\s+to\s+(\d+)/)
    if (!match) throw new Error(`${name}: no "${what}" line range`)
    return [Number(match[1]), Number(match[2])] as const
  }
  const [certFrom, certTo] = range('Certified Values')
  const [dataFrom, dataTo] = range('Data')
  const certifiedLines = lines.slice(certFrom - 1, certTo)
  const parameters = certifiedLines
    .map((l) => l.match(/^\s*B(\d+)\s+(\S+)\s+(\S+)\s*$/))
    .filter((m) => m !== null)
    .map((m) => ({ index: Number(m[1]), estimate: Number(m[2]), sd: Number(m[3]) }))
  const value = (pattern: RegExp) => {
    for (const l of certifiedLines) {
      const m = l.match(pattern)
      if (m) return m.slice(1).map(Number)
    }
    throw new Error(`${name}: no match for ${pattern}`)
  }
  const [residualSd] = value(/Standard Deviation\s+(\S+)\s*$/) as [number]
  const [rSquared] = value(/R-Squared\s+(\S+)/) as [number]
  const [dfRegression, , , fStatistic] = value(/^Regression\s+(\d+)\s+(\S+)\s+(\S+)\s+(\S+)/) as [
    number,
    number,
    number,
    number,
  ]
  const [dfResidual] = value(/^Residual\s+(\d+)\s+/) as [number]

  const rows = lines
    .slice(dataFrom - 1, dataTo)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .map((l) => l.split(/\s+/).map(Number))
  const intercept = parameters[0]?.index === 0
  const slopes = parameters.length - (intercept ? 1 : 0)
  const predictors = (rows[0]?.length ?? 1) - 1
  const X = rows.map((row) =>
    predictors === 1 && slopes > 1
      ? Array.from({ length: slopes }, (_, j) => (row[1] as number) ** (j + 1))
      : row.slice(1),
  )
  return {
    name,
    X,
    y: rows.map((row) => row[0] as number),
    intercept,
    certified: {
      estimates: parameters.map((p) => p.estimate),
      standardDeviations: parameters.map((p) => p.sd),
      residualStandardDeviation: residualSd,
      rSquared,
      fStatistic,
      dfRegression,
      dfResidual,
    },
  }
}

/**
 * The log relative error of NIST's papers (McCullough, "Assessing the reliability of statistical
 * software", The American Statistician 52(4), 1998): −log10(|x − c|/|c|), or −log10|x| when the
 * certified c is 0; capped at 15, the digits NIST certifies.
 */
export function lre(x: number, c: number): number {
  const error = c === 0 ? Math.abs(x) : Math.abs(x - c) / Math.abs(c)
  return error === 0 ? 15 : Math.min(15, -Math.log10(error))
}
