import { describe, expect, it } from 'vitest'
import { D2lError, DivergenceError, ShapeError, ValueError } from './index.js'

describe('error classes', () => {
  it('carry the argument, the expectation and what came, as fields and in the message', () => {
    const e = new ValueError({ argument: 'lr', expected: 'a finite number > 0', received: '-1' })
    expect(e).toBeInstanceOf(D2lError)
    expect(e).toBeInstanceOf(Error)
    expect(e.name).toBe('ValueError')
    expect([e.argument, e.expected, e.received]).toEqual(['lr', 'a finite number > 0', '-1'])
    expect(e.message).toBe('lr: expected a finite number > 0, received -1')
    expect(new ShapeError({ argument: 'y', expected: '[3, 1]', received: '[3, 3]' }).name).toBe(
      'ShapeError',
    )
  })

  it('DivergenceError names the epoch and step and advises a lower learning rate', () => {
    const e = new DivergenceError({ epoch: 2, step: 17, loss: Number.NaN })
    expect(e.message).toMatch(/^training diverged at epoch 2, step 17: the loss became NaN\./)
    expect(e.message).toMatch(/Lower the learning rate/)
    expect([e.epoch, e.step]).toEqual([2, 17])
  })
})
