import tCdf from '@stdlib/stats-base-dists-t-cdf'
import { describe, expect, it } from 'vitest'
import { LinearRegression } from './index.js'
import { lre, readStrd, STRD_LINEAR } from './test-support/nist-strd.js'

// The NIST StRD linear least-squares sets (https://www.itl.nist.gov/div898/strd/lls/lls.shtml),
// data and certified values as NIST publishes them, in ../test/nist/. LRE = digits of agreement.
const coefficientDigits = (name: string) => (name === 'Filip' ? 7 : 10)
const statisticDigits = (name: string) => (name === 'Filip' ? 6 : 8)

function fitStrd(name: string) {
  const set = readStrd(name)
  const d = set.X[0]!.length
  const model = new LinearRegression({ inputs: d })
  const { w, b } = model.fitClosedForm(set.X, set.y, { intercept: set.intercept })
  const estimates = [...(set.intercept ? [b[0]!] : []), ...w.map((row) => row[0]!)]
  return { set, model, estimates, summary: model.summary() }
}

describe('NIST StRD linear regression', () => {
  it('reads the certified values NIST publishes (spot checks against the published pages)', () => {
    // Values as printed on NIST's pages for Longley, Norris and Filip.
    expect(readStrd('Longley').certified.estimates[0]).toBe(-3482258.63459582)
    expect(readStrd('Norris').certified.rSquared).toBe(0.999993745883712)
    expect(readStrd('Filip').certified.estimates[10]).toBe(-0.402962525080404e-4)
    expect(readStrd('Filip').X).toHaveLength(82)
    expect(readStrd('NoInt1').intercept).toBe(false)
  })

  it.each(STRD_LINEAR)('%s: every coefficient to the certified digits', (name) => {
    const { set, estimates } = fitStrd(name)
    expect(estimates).toHaveLength(set.certified.estimates.length)
    const digits = estimates.map((e, j) => lre(e, set.certified.estimates[j]!))
    expect(Math.min(...digits)).toBeGreaterThanOrEqual(coefficientDigits(name))
  })

  it.each(STRD_LINEAR)(
    '%s: standard errors, residual SD and R² to the certified digits',
    (name) => {
      const { set, summary } = fitStrd(name)
      const { certified } = set
      const se = summary.terms!.map((t, j) => lre(t.stdError, certified.standardDeviations[j]!))
      expect(Math.min(...se)).toBeGreaterThanOrEqual(statisticDigits(name))
      expect(
        lre(summary.residualStdError!, certified.residualStandardDeviation),
      ).toBeGreaterThanOrEqual(statisticDigits(name))
      expect(lre(summary.rSquared!, certified.rSquared)).toBeGreaterThanOrEqual(
        statisticDigits(name),
      )
      expect(summary.dfResidual).toBe(certified.dfResidual)
      expect(summary.fStatistic!.numeratorDf).toBe(certified.dfRegression)
    },
  )

  it.each(STRD_LINEAR.filter((name) => !['Wampler1', 'Wampler2'].includes(name)))(
    '%s: the F statistic of the certified analysis of variance',
    (name) => {
      const { set, summary } = fitStrd(name)
      expect(lre(summary.fStatistic!.value, set.certified.fStatistic)).toBeGreaterThanOrEqual(
        statisticDigits(name),
      )
    },
  )

  it('Wampler1 and Wampler2 fit exactly: residual SD 0 and an infinite F, as certified', () => {
    for (const name of ['Wampler1', 'Wampler2']) {
      const { summary } = fitStrd(name)
      expect(summary.residualStdError).toBeLessThan(1e-8)
      expect(summary.fStatistic!.value).toBeGreaterThan(1e15)
    }
  })

  it('p-values and intervals follow from the certified standard deviations and t quantiles', () => {
    // Longley: t = B/SD(B) with 9 residual degrees of freedom. The interval's half-width divided by
    // the certified SD is the t quantile; 2.262157162740991 is t(0.975; 9) (e.g. R's qt(0.975, 9)).
    const { set, summary } = fitStrd('Longley')
    summary.terms!.forEach((term, j) => {
      const t = set.certified.estimates[j]! / set.certified.standardDeviations[j]!
      expect(lre(term.tValue, t)).toBeGreaterThanOrEqual(8)
      expect(term.pValue).toBeCloseTo(2 * tCdf(-Math.abs(t), 9), 10)
      const [low, high] = term.confidenceInterval
      expect((high - low) / 2 / set.certified.standardDeviations[j]!).toBeCloseTo(
        2.262157162740991,
        8,
      )
    })
  })
})
