import { ValueError } from '@d2l-ts/tensor'
import { describe, expect, it } from 'vitest'
import { readCSV } from './index.js'

// A small housing table written by hand; row 3 (line 4) has a price that is not a number.
const text = [
  'id,area,age,price',
  '1,120,5,330',
  '2,80,30,190',
  '3,95,12,n/a',
  '4,"1,000",1,999',
  '5,60.5,2,150.25',
].join('\n')

const options = { features: ['area', 'age'], target: 'price' }

describe('readCSV', () => {
  it("rejects the bad row with 'error', naming the row, the column and the value", () => {
    expect(() => readCSV(text, options)).toThrow(
      new ValueError(
        { argument: 'row 3, column "price"', expected: 'a finite number', received: '"n/a"' },
        "Fix the data, or pass invalid: 'drop' to leave such rows out.",
      ),
    )
  })

  it("leaves bad rows out with 'drop' and counts them", () => {
    // row 4's area is the quoted text "1,000": one field, and not a plain number
    const { X, y, dropped, featureNames } = readCSV(text, { ...options, invalid: 'drop' })
    expect(dropped).toBe(2)
    expect(featureNames).toEqual(['area', 'age'])
    expect(X.arraySync()).toEqual([
      [120, 5],
      [80, 30],
      [60.5, 2],
    ])
    expect(y.arraySync()).toEqual([[330], [190], [150.25]])
  })

  it('parses quoted fields, other delimiters, a byte-order mark, blank lines and CRLF', () => {
    const quoted =
      '"area","note","price"\r\n"10","has ""quotes"", a comma\nand a line break","1"\r\n'
    expect(readCSV(quoted, { features: ['area'], target: 'price' }).X.arraySync()).toEqual([[10]])
    const tsv = '\uFEFFarea\tprice\n1\t2\n\n3\t4\n\n'
    const { X, dropped } = readCSV(tsv, { features: ['area'], target: 'price', delimiter: '\t' })
    expect(X.arraySync()).toEqual([[1], [3]])
    expect(dropped).toBe(0)
  })

  it('treats empty and missing fields as invalid, never as 0 or NaN', () => {
    const csv = 'area,age,price\n1,,3\n4,5\n7,8,9\n'
    expect(() => readCSV(csv, options)).toThrow(
      'row 1, column "age": expected a finite number, received "" (empty)',
    )
    const { X, dropped } = readCSV(csv, { ...options, invalid: 'drop' })
    expect(dropped).toBe(2)
    expect(X.arraySync()).toEqual([[7, 8]])
  })

  it('lists the header when a chosen column is missing, and refuses an ambiguous header', () => {
    expect(() => readCSV(text, { features: ['area', 'rooms'], target: 'price' })).toThrow(
      'options.features: expected a column of the data ("id", "area", "age", "price"), received "rooms"',
    )
    expect(() => readCSV('a,b,a\n1,2,3\n', { features: ['a'], target: 'b' })).toThrow(
      'text: expected a header that names column "a" once, received "a" in fields 1 and 3',
    )
  })

  it('rejects empty text, a header with no rows, and a bad delimiter', () => {
    expect(() => readCSV('', options)).toThrow(
      'text: expected a header line naming the columns, received empty text',
    )
    expect(() => readCSV('area,age,price\n', options)).toThrow(
      'text: expected at least one row, received no rows',
    )
    expect(() => readCSV(text, { ...options, delimiter: ';;' })).toThrow(ValueError)
  })
})
