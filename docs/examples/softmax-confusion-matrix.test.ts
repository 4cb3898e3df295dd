import { expect, it } from 'vitest'
import { figuresOf, listAfter, textOf } from './test-support/outputs.js'
import { describeWithTwin } from './test-support/twins.js'

// The species as the cell prints them, and as each language's heat map names its rows and columns.
const SPECIES = ['setosa', 'versicolor', 'virginica']
const DRAWN_NAMES: Record<string, string[]> = {
  'softmax-confusion-matrix': SPECIES,
  'softmax-confusion-matrix.zh-cn': ['山鸢尾', '变色鸢尾', '维吉尼亚鸢尾'],
}

describeWithTwin('softmax-confusion-matrix', (run, name) => {
  const text = textOf(run)
  const matrix = SPECIES.map((species) => listAfter(text, species))
  const svg = figuresOf(run)[0] as string

  it('counts each of the 30 test flowers once, mostly on the diagonal', () => {
    const total = matrix.flat().reduce((a, b) => a + b, 0)
    const correct = matrix.reduce((s, row, i) => s + (row[i] ?? 0), 0)
    expect(total).toBe(30)
    expect(correct / total).toBeGreaterThanOrEqual(0.9)
    // A straight line separates setosa from the rest: no setosa confusion either way.
    expect(matrix[0]?.slice(1)).toEqual([0, 0])
    expect([matrix[1]?.[0], matrix[2]?.[0]]).toEqual([0, 0])
  })

  it('draws a square per cell holding the printed count, rows and columns named', () => {
    const cells = [...svg.matchAll(/data-row="(\d)" data-column="(\d)" data-count="(\d+)"/g)]
    expect(cells).toHaveLength(9)
    for (const [, i, j, count] of cells) {
      expect(Number(count)).toBe(matrix[Number(i)]?.[Number(j)])
    }
    // Each species names its column and its row.
    for (const species of DRAWN_NAMES[name] as string[]) {
      expect(svg.split(`>${species}</text>`)).toHaveLength(3)
    }
  })
})
