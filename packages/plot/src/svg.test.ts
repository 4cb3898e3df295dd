import { describe, expect, it } from 'vitest'
import { element, escapeXml, num, textElement } from './svg.js'

describe('svg helpers', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    )
  })

  it('rounds numbers to two decimals without trailing zeros or -0', () => {
    expect(num(1.005)).toBe('1')
    expect(num(1.236)).toBe('1.24')
    expect(num(2.5)).toBe('2.5')
    expect(num(-0.001)).toBe('0')
    expect(num(300)).toBe('300')
  })

  it('writes elements, leaving out undefined, null and false attributes', () => {
    expect(element('line', { x1: 1.234, stroke: '#000', dash: undefined, a: null, b: false })).toBe(
      '<line x1="1.23" stroke="#000"/>',
    )
    expect(element('g', { class: 'a"b' }, ['<x/>', '<y/>'])).toBe(
      '<g class="a&quot;b"><x/><y/></g>',
    )
    expect(textElement('text', { x: 1 }, 'a < b')).toBe('<text x="1">a &lt; b</text>')
  })
})
