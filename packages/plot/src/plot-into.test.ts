import { ValueError } from '@d2l-ts/errors'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { plot } from './plot.js'
import { plotInto, renderInto } from './plot-into.js'

describe('plotInto and renderInto', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('replaces the element’s content with the same SVG that plot() returns', () => {
    const box = { innerHTML: '<p>old</p>' }
    const svg = plotInto(box, [1, 2], [[3, 4]], { xlabel: 'x' })
    expect(svg).toBe(plot([1, 2], [[3, 4]], { xlabel: 'x' }))
    expect(box.innerHTML).toBe(svg)
    plotInto(box, [5, 6, 7])
    expect(box.innerHTML).toBe(plot([5, 6, 7]))
  })

  it('finds the element by CSS selector in a document', () => {
    const box = { innerHTML: '' }
    vi.stubGlobal('document', { querySelector: (s: string) => (s === '#fig' ? box : null) })
    renderInto('#fig', '<svg/>')
    expect(box.innerHTML).toBe('<svg/>')
    expect(() => plotInto('#nope', [1])).toThrow(ValueError)
    expect(() => plotInto('#nope', [1])).toThrow(
      'plotInto: target: expected a CSS selector that matches an element, received "#nope"',
    )
  })

  it('explains that a selector needs a document, and rejects non-elements', () => {
    expect(() => renderInto('#fig', '<svg/>')).toThrow(
      /^renderInto: target: expected an element \(a CSS selector needs a document/,
    )
    expect(() => plotInto(null as never, [1])).toThrow(ValueError)
  })

  it('reports plot errors as plotInto’s', () => {
    expect(() => plotInto({ innerHTML: '' }, [1, 2], [1])).toThrow(
      'plotInto: Y: expected 2 values (as many as X), received 1',
    )
  })
})
