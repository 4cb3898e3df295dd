import { describe, expect, it } from 'vitest'
import rehypeCjkLineBreaks from './rehype-cjk-line-breaks.mjs'

const text = (value: string) => ({ type: 'text', value })
const element = (tagName: string, children: unknown[]) => ({ type: 'element', tagName, children })

/** Runs the plugin on a paragraph and a code block, and returns their texts. */
function render(paragraph: string, code = paragraph): [string, string] {
  const p = text(paragraph)
  const c = text(code)
  const tree = {
    type: 'root',
    children: [element('p', [p]), element('pre', [element('code', [c])])],
  }
  rehypeCjkLineBreaks()(tree)
  return [p.value, c.value]
}

describe('rehypeCjkLineBreaks', () => {
  it('removes a line break (and the spaces around it) between two Chinese characters', () => {
    expect(render('回答这类\n问题')[0]).toBe('回答这类问题')
    expect(render('下降、  \n  同样')[0]).toBe('下降、同样')
    expect(render('输出（\n构建')[0]).toBe('输出（构建')
  })

  it('removes it next to full-width punctuation, which carries its own space, whatever the other side', () => {
    expect(render('总和为 1。\nsoftmax 先取指数')[0]).toBe('总和为 1。softmax 先取指数')
    expect(render('ml.js\n（ml-regression）')[0]).toBe('ml.js（ml-regression）')
  })

  it('keeps it where either side is not a wide character, where it reads as a space', () => {
    expect(render('学习率\nlr')[0]).toBe('学习率\nlr')
    expect(render('fit\n方法')[0]).toBe('fit\n方法')
    expect(render('the\nline')[0]).toBe('the\nline')
  })

  it('removes it where a text meets an element, on either side, when both sides are wide', () => {
    const before = text('参见\n')
    const link = element('a', [text('大规模数据')])
    const after = text('\n中的')
    const latin = element('code', [text('fit')])
    const tail = text('\n方法')
    const p = element('p', [before, link, after, latin, tail])
    rehypeCjkLineBreaks()({ type: 'root', children: [p] })
    expect([before.value, after.value, tail.value]).toEqual(['参见', '中的', '\n方法'])
  })

  it('reads code beside a full-width comma but leaves the code as it is', () => {
    const before = text('由这个包提供，\n')
    const code = text('loadIris()')
    rehypeCjkLineBreaks()({
      type: 'root',
      children: [element('p', [before, element('code', [code])])],
    })
    expect([before.value, code.value]).toEqual(['由这个包提供，', 'loadIris()'])
  })

  it('leaves code alone', () => {
    expect(render('一\n二')).toEqual(['一二', '一\n二'])
  })
})
