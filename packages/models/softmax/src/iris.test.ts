import { describe, expect, it } from 'vitest'
import { loadIris } from './index.js'

describe('loadIris', () => {
  const { X, y, classNames, featureNames } = loadIris()

  it('holds Fisher’s 150 flowers: 4 measurements, 50 of each of 3 species', () => {
    expect(X.shape).toEqual([150, 4])
    expect(y.shape).toEqual([150])
    expect(y.dtype).toBe('int32')
    expect(classNames).toEqual(['setosa', 'versicolor', 'virginica'])
    expect(featureNames).toHaveLength(4)
    const counts = [0, 0, 0]
    for (const label of y.dataSync()) counts[label] = (counts[label] ?? 0) + 1
    expect(counts).toEqual([50, 50, 50])
  })

  it('has the published first flower and the species means of the literature', () => {
    const rows = X.arraySync() as number[][]
    const labels = Array.from(y.dataSync())
    expect(rows[0]?.map((v) => Number(v.toFixed(1)))).toEqual([5.1, 3.5, 1.4, 0.2])
    // Mean petal length per species, as tabulated for Fisher's data: 1.462, 4.260, 5.552 cm.
    const meanPetalLength = [0, 1, 2].map((c) => {
      const values = rows.filter((_, i) => labels[i] === c).map((r) => r[2] as number)
      return values.reduce((a, b) => a + b, 0) / values.length
    })
    expect(meanPetalLength[0]).toBeCloseTo(1.462, 3)
    expect(meanPetalLength[1]).toBeCloseTo(4.26, 3)
    expect(meanPetalLength[2]).toBeCloseTo(5.552, 3)
  })
})
