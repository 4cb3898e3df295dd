import { describe, expect, it } from 'vitest'
import { parseArgs, resultFile } from './args.js'

describe('parseArgs', () => {
  it('defaults to a complete full run', () => {
    const args = parseArgs([])
    expect(args).toEqual({ mode: 'full', only: [], implementations: [], profile: false })
    expect(resultFile(args)).toBe('latest.json')
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
    expect(resultFile(args)).toBe('partial.json')
  })

  it('keeps latest.json for full runs of everything: --quick goes to quick.json, a filter to partial.json', () => {
    expect(resultFile(parseArgs(['--quick']))).toBe('quick.json')
    expect(resultFile(parseArgs(['--only=W2']))).toBe('partial.json')
    expect(resultFile(parseArgs(['--impl=d2l-ts']))).toBe('partial.json')
    expect(resultFile(parseArgs(['--profile']))).toBe('partial.json')
  })

  it('refuses an unknown flag', () => {
    expect(() => parseArgs(['--fast'])).toThrow(/unknown argument --fast/)
  })
})
