import { squaredLoss } from '@d2l-ts/losses'
import { linreg } from '@d2l-ts/models-linear'
import { tensor1d, tensor2d } from '@d2l-ts/tensor'
import { expect, it } from 'vitest'
import { field, listAfter, textOf } from './test-support/outputs.js'
import { describeWithTwin } from './test-support/twins.js'

describeWithTwin('scratch-model', (run) => {
  const text = textOf(run)

  it('makes w a 2×1 column of small weights (std 0.01) and b a single zero', () => {
    expect(text).toMatch(/^shapes: w 2×1, b 1$/m)
    const w = listAfter(text, 'w')
    expect(w).toHaveLength(2)
    // Five standard deviations: a draw from N(0, 0.01²) lies inside with probability 1 − 6e-7.
    for (const v of w) expect(Math.abs(v)).toBeLessThan(0.05)
    expect(field(text, 'b')).toBe('0')
  })

  it('computes ŷ and the loss of the two examples as by hand, and as the packages do', () => {
    // By hand: ŷ = [1·1 − 2·1 + 0.5, 3·1 − 4·1 + 0.5]; ½(ŷ − y)² with y = [0, 1].
    expect(listAfter(text, 'yHat')).toEqual([-0.5, -0.5])
    expect(listAfter(text, 'loss')).toEqual([0.125, 1.125])
    // The same with the packages' linreg and squaredLoss (the functions the book saves in d2l).
    const yHat = linreg(
      tensor2d([
        [1, 2],
        [3, 4],
      ]),
      tensor2d([[1], [-1]]),
      tensor2d([[0.5]]),
    )
    expect(Array.from(squaredLoss(yHat, tensor1d([0, 1])).dataSync())).toEqual([0.125, 1.125])
  })
})
