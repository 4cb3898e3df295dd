import { describe, expect, it } from 'vitest'
import { LinearRegression } from './index.js'

// R's `cars` data (Ezekiel, 1930: speed in mph, stopping distance in ft), 50 rows, as R ships it.
const speed = [
  4, 4, 7, 7, 8, 9, 10, 10, 10, 11, 11, 12, 12, 12, 12, 13, 13, 13, 13, 14, 14, 14, 14, 15, 15, 15,
  16, 16, 17, 17, 17, 18, 18, 18, 18, 19, 19, 19, 20, 20, 20, 20, 20, 22, 23, 24, 24, 24, 24, 25,
]
const dist = [
  2, 10, 4, 22, 16, 10, 18, 26, 34, 17, 28, 14, 20, 24, 28, 26, 34, 34, 46, 26, 36, 60, 80, 20, 26,
  54, 32, 40, 32, 40, 50, 42, 56, 76, 84, 36, 46, 68, 32, 48, 52, 56, 64, 66, 54, 70, 92, 93, 120,
  85,
]

function carsModel() {
  const model = new LinearRegression({ inputs: 1 })
  model.fitClosedForm(
    speed.map((s) => [s]),
    dist,
    { featureNames: ['speed'] },
  )
  return model
}

// The truth: R 4.x, `summary(lm(dist ~ speed, data = cars))`, `confint(...)` and `predict(...)`, as
// printed in R's own documentation and countless textbooks:
//               Estimate Std. Error t value Pr(>|t|)
//   (Intercept) -17.5791     6.7584  -2.601   0.0123 *
//   speed         3.9324     0.4155   9.464 1.49e-12 ***
//   Residual standard error: 15.38 on 48 degrees of freedom
//   Multiple R-squared:  0.6511,	Adjusted R-squared:  0.6438
//   F-statistic: 89.57 on 1 and 48 DF,  p-value: 1.49e-12
//   confint: (Intercept) -31.167850 -3.990340; speed 3.096964 4.767853
describe('closed-form inference against R (lm on the cars data)', () => {
  it('gives R’s coefficient table', () => {
    const { terms } = carsModel().summary()
    const [intercept, slope] = terms!
    expect(intercept!.name).toBe('(Intercept)')
    expect(intercept!.estimate).toBeCloseTo(-17.5791, 4)
    expect(intercept!.stdError).toBeCloseTo(6.7584, 4)
    expect(intercept!.tValue).toBeCloseTo(-2.601, 3)
    expect(intercept!.pValue).toBeCloseTo(0.0123, 4)
    expect(slope!.name).toBe('speed')
    expect(slope!.estimate).toBeCloseTo(3.9324, 4)
    expect(slope!.stdError).toBeCloseTo(0.4155, 4)
    expect(slope!.tValue).toBeCloseTo(9.464, 3)
    expect(slope!.pValue / 1.49e-12).toBeCloseTo(1, 2)
  })

  it('gives R’s residual standard error, R², adjusted R² and F test', () => {
    const summary = carsModel().summary()
    expect(summary.residualStdError).toBeCloseTo(15.38, 2)
    expect(summary.dfResidual).toBe(48)
    expect(summary.n).toBe(50)
    expect(summary.rSquared).toBeCloseTo(0.6511, 4)
    expect(summary.adjustedRSquared).toBeCloseTo(0.6438, 4)
    expect(summary.fStatistic!.value).toBeCloseTo(89.57, 2)
    expect(summary.fStatistic!.numeratorDf).toBe(1)
    expect(summary.fStatistic!.denominatorDf).toBe(48)
    expect(summary.fStatistic!.pValue / 1.49e-12).toBeCloseTo(1, 2)
  })

  it('gives R’s confint() at 95%, and wider intervals at 99%', () => {
    const model = carsModel()
    const [intercept, slope] = model.summary().terms!
    expect(intercept!.confidenceInterval[0]).toBeCloseTo(-31.16785, 5)
    expect(intercept!.confidenceInterval[1]).toBeCloseTo(-3.99034, 5)
    expect(slope!.confidenceInterval[0]).toBeCloseTo(3.096964, 6)
    expect(slope!.confidenceInterval[1]).toBeCloseTo(4.767853, 6)
    const wide = model.summary({ level: 0.99 }).terms![1]!
    // t(0.995; 48)/t(0.975; 48) = 2.682204/2.010635 (R's qt) of the 95% half-width.
    const half95 = (4.767853 - 3.096964) / 2
    expect((wide.confidenceInterval[1] - wide.confidenceInterval[0]) / 2).toBeCloseTo(
      (half95 * 2.682204) / 2.010635,
      5,
    )
  })

  it('gives intervals for predictions from the same t quantile and leverage', () => {
    // By hand: at speed x₀, se_fit = σ̂·√(1/n + (x₀ − x̄)²/Sxx), with x̄ = 15.4, Sxx = 1370 for cars.
    const model = carsModel()
    const sigma = model.summary().residualStdError!
    const t = 2.010634757624232 // qt(0.975, 48)
    const x0 = 21
    const seFit = sigma * Math.sqrt(1 / 50 + (x0 - 15.4) ** 2 / 1370)
    const fitted = -17.579094890510948 + 3.932408759124088 * x0
    const confidence = model.predict([[x0]], { interval: 'confidence' })
    expect(confidence.prediction[0]![0]).toBeCloseTo(fitted, 10)
    expect(confidence.lower[0]![0]).toBeCloseTo(fitted - t * seFit, 8)
    expect(confidence.upper[0]![0]).toBeCloseTo(fitted + t * seFit, 8)
    const prediction = model.predict([[x0]], { interval: 'prediction', level: 0.95 })
    const sePrediction = Math.sqrt(sigma ** 2 + seFit ** 2)
    expect(prediction.upper[0]![0]).toBeCloseTo(fitted + t * sePrediction, 8)
    expect(prediction.level).toBe(0.95)
  })

  it('prints a table like R’s summary.lm', () => {
    const text = String(carsModel().summary())
    expect(text).toContain('Coefficients:')
    expect(text).toMatch(/\(Intercept\) +-17\.5791 +6\.7584 +-2\.601 +0\.0123 \*/)
    expect(text).toMatch(/speed +3\.9324 +0\.4155 +9\.464 +1\.49e-12 \*\*\*/)
    expect(text).toContain('Residual standard error: 15.38 on 48 degrees of freedom')
    expect(text).toContain('Multiple R-squared:  0.6511,\tAdjusted R-squared:  0.6438')
    expect(text).toContain('F-statistic: 89.57 on 1 and 48 DF,  p-value: 1.49e-12')
  })
})

describe('summary after other fits', () => {
  it('gives one set of statistics per output, each as its own single-output fit would', () => {
    const both = new LinearRegression({ inputs: 1, outputs: 2 })
    both.fitClosedForm(
      speed.map((s) => [s]),
      dist.map((d, i) => [d, 2 * speed[i]! - d]),
    )
    const [first, second] = both.summary().regressions!
    expect(first!.terms[1]!.estimate).toBeCloseTo(3.9324, 4)
    // y₂ = 2·speed − dist: slope 2 − 3.9324, the same residuals, so the same standard errors.
    expect(second!.terms[1]!.estimate).toBeCloseTo(2 - 3.932408759124088, 10)
    expect(second!.terms[1]!.stdError).toBeCloseTo(first!.terms[1]!.stdError, 10)
    expect(both.summary().terms).toBeUndefined() // not ambiguous: per output only
    expect(String(both.summary())).toContain('Response y2:')
  })

  it('names the features x1, x2, … by default', () => {
    const model = new LinearRegression({ inputs: 2 })
    model.fitClosedForm(
      [
        [1, 0],
        [0, 1],
        [1, 1],
        [2, 1],
      ],
      [1, 2, 3, 5],
    )
    expect(model.summary().terms!.map((t) => t.name)).toEqual(['(Intercept)', 'x1', 'x2'])
  })

  it('has no statistics after a ridge fit, or once SGD has moved the weights', async () => {
    const model = carsModel()
    expect(model.summary().terms).toBeDefined()
    model.fitClosedForm(
      speed.map((s) => [s]),
      dist,
      { ridge: 1 },
    )
    expect(model.summary()).toEqual({ inputs: 1, outputs: 1, parameters: 2 })
    expect(() => model.predict([[10]], { interval: 'confidence' })).toThrow(
      'options.interval: expected a model fitted by fitClosedForm without ridge',
    )
    const trained = carsModel()
    const { tensor2d } = await import('@d2l-ts/tensor')
    const X = tensor2d(speed.map((s) => [s / 25]))
    const y = tensor2d(dist.map((d) => [d / 120]))
    await trained.fit(X, y, { epochs: 1, lr: 0.01 })
    expect(trained.summary()).toEqual({ inputs: 1, outputs: 1, parameters: 2 })
    // weights() now reads the trained variables, not the stale float64 answer.
    expect(trained.weights().b[0]).not.toBe(-17.579094890510948)
    X.dispose()
    y.dispose()
  }, 60_000)

  it('refuses a confidence level outside (0, 1) and an unknown interval', () => {
    const model = carsModel()
    expect(() => model.summary({ level: 95 })).toThrow(
      'options.level: expected a confidence level in (0, 1), such as 0.95, received 95',
    )
    expect(() => model.predict([[1]], { interval: 'credible' as 'confidence' })).toThrow(
      'options.interval: expected "confidence" or "prediction", received "credible"',
    )
  })
})
