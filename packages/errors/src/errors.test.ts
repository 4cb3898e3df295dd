import { describe, expect, it } from 'vitest'
import {
  ArgumentError,
  BackendError,
  D2lError,
  DivergenceError,
  EngineError,
  ShapeError,
  ValueError,
} from './index.js'

describe('argument errors', () => {
  it('carry the argument, the expectation and what came, as fields and in the message', () => {
    const e = new ValueError({ argument: 'lr', expected: 'a finite number > 0', received: '-1' })
    expect(e).toBeInstanceOf(ArgumentError)
    expect(e).toBeInstanceOf(D2lError)
    expect(e).toBeInstanceOf(Error)
    expect(e.name).toBe('ValueError')
    expect([e.argument, e.expected, e.received, e.source]).toEqual([
      'lr',
      'a finite number > 0',
      '-1',
      undefined,
    ])
    expect(e.message).toBe('lr: expected a finite number > 0, received -1')
  })

  it('name the refusing function first when given, and end with a hint', () => {
    const e = new ShapeError(
      { source: 'plot', argument: 'Y[1]', expected: '3 values', received: '2' },
      'Pass one value per x',
    )
    expect(e.name).toBe('ShapeError')
    expect(e.message).toBe('plot: Y[1]: expected 3 values, received 2. Pass one value per x')
    expect(e).not.toBeInstanceOf(ValueError)
  })
})

describe('DivergenceError', () => {
  it('names the epoch and step and advises a lower learning rate', () => {
    const e = new DivergenceError({ epoch: 2, step: 17, loss: Number.NaN })
    expect(e.message).toMatch(/^training diverged at epoch 2, step 17: the loss became NaN\./)
    expect(e.message).toMatch(/Lower the learning rate/)
    expect([e.epoch, e.step, e.nonFinite]).toEqual([2, 17, 'loss'])
  })

  it('says so when the parameters, not the loss, overflowed', () => {
    const e = new DivergenceError({ epoch: 1, step: 3, loss: 1e30, nonFinite: 'parameters' })
    expect(e.message).toMatch(/step 3: the update would have made a parameter non-finite/)
    expect(e.message).toMatch(/the loss was 1e\+30/)
    expect(e.nonFinite).toBe('parameters')
  })
})

it('BackendError lists what is available instead', () => {
  const e = new BackendError('webgpu', 'no navigator.gpu', [])
  expect(e).toBeInstanceOf(D2lError)
  expect(e.message).toBe(
    'the webgpu backend is not available: no navigator.gpu. Available here: none.',
  )
})

it('EngineError names the engine that failed and keeps the cause', () => {
  const cause = new Error('ECONNREFUSED')
  const e = new EngineError('postgres', 'postgres at 127.0.0.1:1: cannot connect', { cause })
  expect(e).toBeInstanceOf(D2lError)
  expect([e.name, e.engine, e.cause]).toEqual(['EngineError', 'postgres', cause])
})
