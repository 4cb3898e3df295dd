import { memory, ValueError } from '@d2l-ts/tensor'
import { describe, expect, it } from 'vitest'
import { fromRecords } from './index.js'

const options = { features: ['area', 'age'], target: 'price' }

describe('fromRecords', () => {
  it('takes the feature columns in the order given and the target as a column', () => {
    const records = [
      { price: 330, age: 5, area: 120, note: 'ignored' },
      { price: 190, age: 30, area: 80, note: null },
    ]
    const { X, y, dropped, featureNames } = fromRecords(records, options)
    expect(X.arraySync()).toEqual([
      [120, 5],
      [80, 30],
    ])
    expect(y.arraySync()).toEqual([[330], [190]])
    expect(dropped).toBe(0)
    expect(featureNames).toEqual(['area', 'age'])
  })

  it('reads numbers written as decimal strings, and nothing looser', () => {
    const { X } = fromRecords([{ area: ' 1.5e2 ', age: '-3', price: '.5' }], options)
    expect(X.arraySync()).toEqual([[150, -3]])
    for (const bad of ['', '  ', 'NA', '0x10', 'Infinity', '1,5', '1_000', true, [], {}]) {
      expect(() => fromRecords([{ area: bad, age: 1, price: 1 }], options)).toThrow(ValueError)
    }
  })

  it("rejects a bad value with 'error', naming the row, the column and the value", () => {
    const records = [
      { area: 120, age: 5, price: 330 },
      { area: 80, age: null, price: 190 },
    ]
    expect(() => fromRecords(records, options)).toThrow(
      new ValueError(
        { argument: 'records[1].age', expected: 'a finite number', received: 'null' },
        "Fix the data, or pass invalid: 'drop' to leave such rows out.",
      ),
    )
    expect(() =>
      fromRecords(
        [
          { area: 1, age: 2, price: 3 },
          { area: 1, price: 2 },
        ],
        options,
      ),
    ).toThrow('records[1].age: expected a finite number, received nothing (the field is missing)')
    expect(() => fromRecords([{ area: 1, age: Number.NaN, price: 2 }], options)).toThrow(
      'records[0].age: expected a finite number, received NaN',
    )
    expect(() =>
      fromRecords([{ 'floor area': 'n/a', age: 1, price: 2 }], {
        features: ['floor area', 'age'],
        target: 'price',
      }),
    ).toThrow('records[0]["floor area"]: expected a finite number, received "n/a"')
  })

  it("leaves bad rows out with 'drop' and counts them", () => {
    const records = [
      { area: 120, age: 5, price: 330 },
      { area: 80, age: null, price: 190 },
      { area: 'big', age: 1, price: 500 },
      { area: 95, age: 12, price: 210 },
      { area: 60, age: 2 },
    ]
    const before = memory().numTensors
    const { X, y, dropped } = fromRecords(records, { ...options, invalid: 'drop' })
    expect(memory().numTensors).toBe(before + 2)
    expect(dropped).toBe(3)
    expect(X.arraySync()).toEqual([
      [120, 5],
      [95, 12],
    ])
    expect(y.arraySync()).toEqual([[330], [210]])
  })

  it('does not change the records', () => {
    const records = [
      { area: '120', age: 5, price: 330 },
      { area: 80, age: null, price: 190 },
    ]
    const copy = structuredClone(records)
    fromRecords(records, { ...options, invalid: 'drop' })
    expect(records).toEqual(copy)
  })

  it('lists the columns that exist when a chosen one is missing', () => {
    const records = [
      { area: 1, age: 2, price: 3 },
      { area: 1, age: 2, price: 3, rooms: 4 },
    ]
    expect(() => fromRecords(records, { features: ['area', 'Age'], target: 'price' })).toThrow(
      'options.features: expected a column of the data ("area", "age", "price", "rooms"), received "Age". Column names are case-sensitive.',
    )
    expect(() => fromRecords(records, { features: ['area'], target: 'cost' })).toThrow(
      'options.target: expected a column of the data',
    )
  })

  it('rejects bad options, bad records and empty data', () => {
    const records = [{ area: 1, age: 2, price: 3 }]
    expect(() => fromRecords(records, { features: [], target: 'price' })).toThrow(
      'options.features: expected a non-empty array of column names, received an empty array',
    )
    expect(() => fromRecords(records, { features: ['area', 'area'], target: 'price' })).toThrow(
      'options.features: expected distinct column names, received "area" twice',
    )
    expect(() => fromRecords(records, { features: ['area', 'price'], target: 'price' })).toThrow(
      'options.target: expected a column that is not also a feature, received "price"',
    )
    expect(() =>
      fromRecords(records, { ...options, invalid: 'skip' as unknown as 'drop' }),
    ).toThrow(`options.invalid: expected 'error' or 'drop', received "skip"`)
    expect(() => fromRecords([records[0]!, null as unknown as object], options)).toThrow(
      'records[1]: expected an object (one example), received null',
    )
    expect(() => fromRecords([], options)).toThrow(
      'records: expected at least one row, received no rows',
    )
    expect(() =>
      fromRecords([{ area: null, age: 1, price: 1 }], { ...options, invalid: 'drop' }),
    ).toThrow(
      'records: expected at least one row with numbers in every chosen column, received no valid rows: all 1 were dropped as invalid',
    )
  })
})
