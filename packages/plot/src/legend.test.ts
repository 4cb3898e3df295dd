import { describe, expect, it } from 'vitest'
import { parseSvg, textOf } from '../test/svg-tree.js'
import type { PlotArea } from './layout.js'
import { legendSize, placeLegend, renderLegend } from './legend.js'

const area: PlotArea = { width: 300, height: 200, left: 40, right: 290, top: 10, bottom: 170 }

describe('legend', () => {
  it('sizes the box: 3 paddings of 4, a 20-wide swatch and 6 per character; 13 per line + 8', () => {
    expect(legendSize(['abc', 'a'])).toEqual({ width: 12 + 20 + 3 * 6, height: 8 + 26 })
  })

  it('sizes the box for Chinese labels at 10 per character, so that they are not clipped', () => {
    expect(legendSize(['全部数据上的损失'])).toEqual({ width: 12 + 20 + 8 * 10, height: 8 + 13 })
  })

  it('goes to the upper right when it is empty, the first choice', () => {
    expect(placeLegend(['a'], area, []).corner).toBe('upper right')
  })

  it('avoids the corners holding data, in the order upper right, upper left, lower left', () => {
    const upperRight: [number, number] = [280, 20]
    const upperLeft: [number, number] = [50, 20]
    expect(placeLegend(['a'], area, [upperRight]).corner).toBe('upper left')
    expect(placeLegend(['a'], area, [upperRight, upperLeft]).corner).toBe('lower left')
    const box = placeLegend(['a'], area, [upperRight, upperLeft])
    // Inset 4 from the left and bottom edges of the plot area.
    expect(box.x).toBe(44)
    expect(box.y + box.height).toBe(166)
  })

  it('writes one entry per label with the series line style, and the labels as text', () => {
    const svg = renderLegend(
      [
        { label: 'train', style: { color: '#0072B2', line: 'solid' }, lineWidth: 1.5 },
        {
          label: 'test',
          style: { color: '#CC79A7', line: 'dashed', dash: '6 3', marker: 'o' },
          lineWidth: 1.5,
        },
      ],
      { x: 0, y: 0, width: 50, height: 32, corner: 'upper right', covers: 0 },
    )
    const root = parseSvg(`<svg>${svg}</svg>`)
    const entries = root.children[0]?.children.filter((c) => c.attrs.class === 'legend-entry') ?? []
    expect(entries.map(textOf)).toEqual(['train', 'test'])
    const line = entries[1]?.children.find((c) => c.tag === 'line')
    expect(line?.attrs['stroke-dasharray']).toBe('6 3')
    expect(entries[1]?.children.some((c) => c.tag === 'g' && c.attrs.fill === '#CC79A7')).toBe(true)
  })
})
