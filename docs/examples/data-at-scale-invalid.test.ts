import { expect, it } from 'vitest'
import { textOf } from './test-support/outputs.js'
import { describeWithTwin } from './test-support/twins.js'

describeWithTwin('data-at-scale-invalid', (run) => {
  const text = textOf(run)

  it('reads the query’s column types: integers and text', () => {
    expect(text).toContain('x: INTEGER, y: VARCHAR')
  })

  it('refuses the two bad values of y by default, naming the column and the count', () => {
    const error = text.split('\n').find((line) => line.startsWith('ValueError: '))
    expect(error).toBeDefined()
    expect(error).toContain('options.target: expected a finite number in every row')
    expect(error).toContain('2 of 5 rows of column "y" hold NULL')
    expect(error).toContain("pass invalid: 'drop'")
  })

  it("drops them with invalid: 'drop' and fits y = 2x + 1 on the three rows left", () => {
    expect(text).toMatch(/^n: 3, dropped: 2$/m)
    const [, slope, intercept] = /^slope: (\S+), intercept: (\S+)$/m.exec(text) ?? []
    expect(Number(slope)).toBeCloseTo(2, 12)
    expect(Number(intercept)).toBeCloseTo(1, 12)
  })
})
