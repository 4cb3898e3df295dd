import { describe, expect, it } from 'vitest'
import { byGroup, type CpuProfile, groupOf, summarizeProfile } from './profile-summary.js'

const frame = (functionName: string, url = '', lineNumber = 0) => ({
  functionName,
  url,
  lineNumber,
})

const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)') },
    {
      id: 2,
      callFrame: frame(
        'matMul',
        'file:///r/node_modules/@tensorflow/tfjs-backend-cpu/dist/x.js',
        9,
      ),
    },
    {
      id: 3,
      callFrame: frame(
        'leastSquares',
        'file:///r/packages/models/linear/dist/least-squares.js',
        41,
      ),
    },
    { id: 4, callFrame: frame('(garbage collector)') },
  ],
  startTime: 0,
  endTime: 1000,
  samples: [2, 3, 3, 4, 3],
  timeDeltas: [100, 200, 300, 100, 300],
}

describe('summarizeProfile', () => {
  it('sums the time deltas of each function and sorts by self time', () => {
    const rows = summarizeProfile(profile)
    expect(rows.map((r) => [r.name, r.microseconds])).toEqual([
      ['leastSquares (packages/models/linear/dist/least-squares.js:42)', 800],
      ['matMul (@tensorflow/tfjs-backend-cpu/dist/x.js:10)', 100],
      ['(garbage collector)', 100],
    ])
    expect(rows[0]?.share).toBeCloseTo(0.8, 12)
  })

  it('groups by package', () => {
    expect(byGroup(summarizeProfile(profile)).map((g) => g.group)).toEqual([
      '@d2l-ts/models-linear',
      '@tensorflow/tfjs-backend-cpu',
      '(garbage collector)',
    ])
  })
})

describe('groupOf', () => {
  it('names the innermost package, the workspace package, or the runtime', () => {
    expect(
      groupOf('file:///a/node_modules/.pnpm/x@1/node_modules/ml-matrix/matrix.js', 'mmul'),
    ).toBe('ml-matrix')
    expect(groupOf('file:///w/packages/utils/timer/dist/timer.js', 'f')).toBe('@d2l-ts/utils-timer')
    expect(groupOf('node:internal/timers', 'f')).toBe('node')
    expect(groupOf('', 'Float64Array')).toBe('(native)')
  })
})
