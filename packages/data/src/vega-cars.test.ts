// A real public dataset: the classic Auto MPG data as shipped by the vega-datasets npm package
// (406 cars; a few miss their fuel economy or horsepower, stored as null).
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fromRecords, standardize } from './index.js'

type Car = Record<string, unknown>

const packageEntry = createRequire(import.meta.url).resolve('vega-datasets')
const cars = JSON.parse(
  readFileSync(join(dirname(packageEntry), '..', 'data', 'cars.json'), 'utf8'),
) as Car[]

const features = ['Horsepower', 'Weight_in_lbs']
const target = 'Miles_per_Gallon'
const columns = [...features, target]
const isUsable = (car: Car) =>
  columns.every((c) => typeof car[c] === 'number' && Number.isFinite(car[c]))

describe('fromRecords on vega-datasets cars.json', () => {
  it("drops exactly the cars that miss a chosen value, with invalid: 'drop'", () => {
    const usable = cars.filter(isUsable)
    expect(cars.length).toBe(406)
    expect(usable.length).toBeLessThan(cars.length) // the dataset does have nulls

    const { X, y, dropped, featureNames } = fromRecords(cars, {
      features,
      target,
      invalid: 'drop',
    })
    expect(dropped).toBe(cars.length - usable.length)
    expect(featureNames).toEqual(features)
    expect(X.shape).toEqual([usable.length, 2])
    expect(y.shape).toEqual([usable.length, 1])
    expect(X.arraySync()).toEqual(
      usable.map((car) => features.map((f) => Math.fround(car[f] as number))),
    )
    expect(y.arraySync()).toEqual(usable.map((car) => [Math.fround(car[target] as number)]))
  })

  it("names the first incomplete car with invalid: 'error'", () => {
    const first = cars.findIndex((car) => !isUsable(car))
    const column = columns.find((c) => typeof cars[first]![c] !== 'number')!
    expect(() => fromRecords(cars, { features, target })).toThrow(
      `records[${first}].${column}: expected a finite number, received null`,
    )
  })

  it('standardizes the features to column means 0 and standard deviations 1', () => {
    const { X } = fromRecords(cars, { features, target, invalid: 'drop' })
    const { X: Z, mean, std } = standardize(X)
    const raw = X.arraySync()
    const z = Z.arraySync()
    for (let j = 0; j < features.length; j++) {
      // reference statistics in plain float64 JavaScript
      const column = raw.map((row) => row[j]!)
      const m = column.reduce((a, b) => a + b, 0) / column.length
      const s = Math.sqrt(column.reduce((a, b) => a + (b - m) ** 2, 0) / column.length)
      expect(mean[j]).toBeCloseTo(m, 8)
      expect(std[j]).toBeCloseTo(s, 8)

      const standardized = z.map((row) => row[j]!)
      const zMean = standardized.reduce((a, b) => a + b, 0) / standardized.length
      const zStd = Math.sqrt(
        standardized.reduce((a, b) => a + (b - zMean) ** 2, 0) / standardized.length,
      )
      expect(zMean).toBeCloseTo(0, 5)
      expect(zStd).toBeCloseTo(1, 5)
    }
  })
})
