import { describe, expect, it } from 'vitest'
import { splitOutputs } from './example-runner.js'

describe('splitOutputs', () => {
  it('separates text from SVG figures, in order', () => {
    const stdout = 'loss 0.5\n<svg role="img">\n<title>t</title>\n</svg>\nw [2, -3.4]\n'
    expect(splitOutputs(stdout)).toEqual([
      { kind: 'text', text: 'loss 0.5' },
      { kind: 'svg', svg: '<svg role="img">\n<title>t</title>\n</svg>' },
      { kind: 'text', text: 'w [2, -3.4]' },
    ])
  })

  it('accepts a one-line SVG and refuses an unclosed one', () => {
    expect(splitOutputs('<svg></svg>')).toEqual([{ kind: 'svg', svg: '<svg></svg>' }])
    expect(() => splitOutputs('<svg>\n<g>')).toThrow('never closed')
  })
})
