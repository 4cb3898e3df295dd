import { describe, expect, it } from 'vitest'
import { dataAt, figureAt, type PlotFrame } from './plot-coordinates'

// A plot area 200 wide and 100 high, its top-left corner at (40, 8), spanning x ∈ [−2, 2], y ∈ [0, 10].
const frame: PlotFrame = {
  area: { x: 40, y: 8, width: 200, height: 100 },
  xlim: [-2, 2],
  ylim: [0, 10],
}

describe('plot coordinates', () => {
  it('puts the corners of the limits at the corners of the area, y upwards', () => {
    expect(figureAt(frame, -2, 0)).toEqual([40, 108])
    expect(figureAt(frame, 2, 10)).toEqual([240, 8])
    expect(figureAt(frame, 0, 5)).toEqual([140, 58])
  })

  it('reads the data back from figure coordinates', () => {
    expect(dataAt(frame, 140, 58)).toEqual([0, 5])
    expect(dataAt(frame, 90, 88)).toEqual([-1, 2])
  })
})
