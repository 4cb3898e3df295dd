import { beforeAll, describe, expect, it } from 'vitest'
import { recordedRun } from '../scripts/example-runner.js'
import { figuresOf, listAfter, textOf } from './test-support/outputs.js'

const SPECIES = ['setosa', 'versicolor', 'virginica']

describe('softmax-confusion-matrix', () => {
  let matrix: number[][]
  let svg: string
  beforeAll(() => {
    const run = recordedRun('softmax-confusion-matrix')
    const text = textOf(run)
    matrix = SPECIES.map((name) => listAfter(text, name))
    svg = figuresOf(run)[0] as string
  })

  it('counts each of the 30 test flowers once, mostly on the diagonal', () => {
    const total = matrix.flat().reduce((a, b) => a + b, 0)
    const correct = matrix.reduce((s, row, i) => s + (row[i] ?? 0), 0)
    expect(total).toBe(30)
    expect(correct / total).toBeGreaterThanOrEqual(0.9)
    // A straight line separates setosa from the rest: no setosa confusion either way.
    expect(matrix[0]?.slice(1)).toEqual([0, 0])
    expect([matrix[1]?.[0], matrix[2]?.[0]]).toEqual([0, 0])
  })

  it('draws a square per cell holding the printed count', () => {
    const cells = [...svg.matchAll(/data-row="(\d)" data-column="(\d)" data-count="(\d+)"/g)]
    expect(cells).toHaveLength(9)
    for (const [, i, j, count] of cells) {
      expect(Number(count)).toBe(matrix[Number(i)]?.[Number(j)])
    }
    for (const name of SPECIES) expect(svg).toContain(`>${name}</text>`)
  })
})
