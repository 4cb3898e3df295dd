import { describe, expect, it } from 'vitest'
import { isComplete, parseArgs } from './args.js'

describe('parseArgs', () => {
  it('defaults to a complete full run', () => {
    const args = parseArgs([])
    expect(args).toEqual({ mode: 'full', only: [], implementations: [], profile: false })
    expect(isComplete(args)).toBe(true)
  })

  it('reads --quick (after the -- pnpm may pass on), --only, --impl, --profile, --out', () => {
    const args = parseArgs([
      '--',
      '--quick',
      '--only=w1,W3',
      '--impl=d2l-ts',
      '--profile',
      '--out=x.json',
    ])
    expect(args).toEqual({
      mode: 'quick',
      only: ['W1', 'W3'],
      implementations: ['d2l-ts'],
      profile: true,
      out: 'x.json',
    })
    expect(isComplete(args)).toBe(false)
  })

  it('refuses an unknown flag', () => {
    expect(() => parseArgs(['--fast'])).toThrow(/unknown argument --fast/)
  })
})
