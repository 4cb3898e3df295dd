import { ValueError } from '@d2l-ts/errors'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { byTag, parseSvg, subpaths, textOf } from '../test/svg-tree.js'
import { Animator } from './animator.js'

/** A frame scheduler under the test's control. */
function manualFrames() {
  const queue: (() => void)[] = []
  return {
    requestFrame: (callback: () => void) => queue.push(callback),
    pending: () => queue.length,
    runFrame: () => {
      const callbacks = queue.splice(0)
      for (const cb of callbacks) cb()
    },
  }
}

const pointCount = (svg: string, series = 0) =>
  subpaths(byTag(parseSvg(svg), 'path', 'series')[series]?.attrs.d ?? '').reduce(
    (n, part) => n + part.length,
    0,
  )

describe('Animator in Node (no target)', () => {
  it('collects points and renders them on request', () => {
    const animator = new Animator({ xlabel: 'epoch', legend: ['train', 'test'] })
    for (let epoch = 1; epoch <= 5; epoch++) animator.add(epoch, [1 / epoch, 2 / epoch])
    expect(animator.series).toEqual([
      { x: [1, 2, 3, 4, 5], y: [1, 1 / 2, 1 / 3, 1 / 4, 1 / 5] },
      { x: [1, 2, 3, 4, 5], y: [2, 1, 2 / 3, 2 / 4, 2 / 5] },
    ])
    const root = parseSvg(animator.toSVG())
    expect(byTag(root, 'path', 'series')).toHaveLength(2)
    expect(byTag(root, 'g', 'legend-entry').map(textOf)).toEqual(['train', 'test'])
    expect(animator.redraws).toBe(0)
  })

  it('renders empty axes before the first point', () => {
    const root = parseSvg(new Animator({ xlim: [0, 10] }).toSVG())
    expect(byTag(root, 'path', 'series')).toHaveLength(0)
    expect(byTag(root, 'text').length).toBeGreaterThan(0)
  })

  it('starts its x axis at 0 when the only point is epoch 0 (no negative epochs)', () => {
    const animator = new Animator({ xlabel: 'epoch' })
    animator.add(0, [2.5, 2.7])
    const [xAxis] = byTag(parseSvg(animator.toSVG()), 'g', 'x-axis')
    if (!xAxis) throw new Error('the figure has no x axis')
    const labels = byTag(xAxis, 'text').map(textOf)
    expect(labels[0]).toBe('0.0')
    expect(labels.at(-1)).toBe('1.0')
    expect(labels.some((label) => label.startsWith('−'))).toBe(false)
  })

  it('skips null and undefined, so series can be sampled at different steps', () => {
    const animator = new Animator()
    animator.add(1, [0.5, null])
    animator.add(2, [0.4, 0.8])
    animator.add([3, undefined], [0.3, 0.7])
    expect(animator.series).toEqual([
      { x: [1, 2, 3], y: [0.5, 0.4, 0.3] },
      { x: [2], y: [0.8] },
    ])
  })

  it('keeps non-finite values, drawn as gaps', () => {
    const animator = new Animator()
    for (const v of [1, 2, Number.NaN, 4, 5]) animator.add(v, v)
    const [parts] = [
      subpaths(byTag(parseSvg(animator.toSVG()), 'path', 'series')[0]?.attrs.d ?? ''),
    ]
    expect(parts.map((p) => p.length)).toEqual([2, 2])
  })

  it('does not keep a reference to arrays passed to add', () => {
    const animator = new Animator()
    const ys = [1, 2]
    animator.add(0, ys)
    ys[0] = 99
    expect(animator.series[0]?.y).toEqual([1])
  })

  it('rejects a changing number of series, lengths that differ and values that are not numbers', () => {
    const animator = new Animator()
    animator.add(1, [1, 2, 3])
    expect(() => animator.add(2, [1, 2])).toThrow(
      new ValueError({
        source: 'Animator.add',
        argument: 'y',
        expected: '3 values (as many as the first add)',
        received: '2',
      }),
    )
    expect(() => animator.add([1, 2], [1, 2, 3])).toThrow(
      'Animator.add: x: expected one value or 3 (as many as y), received 2',
    )
    expect(() => animator.add(1, [1, '2', 3] as never)).toThrow(ValueError)
    expect(() => new Animator({ legend: ['a', 'b'] }).add(1, 1)).toThrow(
      'Animator.add: y: expected at least 2 values (one per legend label), received 1',
    )
    expect(() => new Animator({ fmts: ['z'] })).toThrow(/^Animator: options\.fmts\[0\]/)
  })
})

describe('Animator with a target: one redraw per frame', () => {
  it('coalesces 1000 points added in a tight loop into one redraw', () => {
    const frames = manualFrames()
    const target = { innerHTML: '' }
    const animator = new Animator({ target, requestFrame: frames.requestFrame })
    for (let i = 0; i < 1000; i++) animator.add(i, Math.sin(i / 50))
    expect(frames.pending()).toBe(1)
    expect(animator.redraws).toBe(0)
    expect(target.innerHTML).toBe('')
    frames.runFrame()
    expect(animator.redraws).toBe(1)
    expect(pointCount(target.innerHTML)).toBe(1000)
  })

  it('schedules again after a frame, and not without new points', () => {
    const frames = manualFrames()
    const renders: string[] = []
    const animator = new Animator({
      target: { innerHTML: '' },
      requestFrame: frames.requestFrame,
      onRender: (svg) => renders.push(svg),
    })
    animator.add(0, 1)
    frames.runFrame()
    frames.runFrame()
    expect(animator.redraws).toBe(1)
    animator.add(1, 2)
    animator.add(2, 3)
    frames.runFrame()
    expect(animator.redraws).toBe(2)
    expect(renders.map((svg) => pointCount(svg))).toEqual([1, 3])
  })

  it('redraws at once on flush(), and the pending frame then does nothing', () => {
    const frames = manualFrames()
    const target = { innerHTML: '' }
    const animator = new Animator({ target, requestFrame: frames.requestFrame })
    animator.add(0, 1)
    animator.flush()
    expect(animator.redraws).toBe(1)
    frames.runFrame()
    expect(animator.redraws).toBe(1)
    animator.flush()
    expect(animator.redraws).toBe(1)
  })

  describe('without requestAnimationFrame (Node with a target)', () => {
    afterEach(() => {
      vi.useRealTimers()
    })

    it('falls back to a 16 ms timer', () => {
      vi.useFakeTimers()
      const target = { innerHTML: '' }
      const animator = new Animator({ target })
      animator.add(0, 1)
      animator.add(1, 2)
      vi.advanceTimersByTime(15)
      expect(animator.redraws).toBe(0)
      vi.advanceTimersByTime(1)
      expect(animator.redraws).toBe(1)
      expect(pointCount(target.innerHTML)).toBe(2)
    })
  })
})
