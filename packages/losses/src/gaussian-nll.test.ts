import { sum, tensor1d } from '@d2l-ts/tensor'
import { describe, expect, it } from 'vitest'
import { gaussianNLL, squaredLoss } from './index.js'

describe('gaussianNLL', () => {
  it('is ½ log(2πσ²) + (y − ŷ)²/(2σ²), by hand', () => {
    const value = gaussianNLL(tensor1d([1]), tensor1d([3]), { sigma: 2, reduction: 'sum' })
    expect(value.dataSync()[0]).toBeCloseTo(0.5 * Math.log(2 * Math.PI * 4) + 4 / 8, 5)
  })

  it('sums to −log of the product of normal densities', () => {
    const yHat = [0.5, -1, 2]
    const y = [0, 0.5, 2.5]
    const sigma = 0.7
    const density = (x: number, mu: number) =>
      Math.exp(-((x - mu) ** 2) / (2 * sigma * sigma)) / Math.sqrt(2 * Math.PI * sigma * sigma)
    const likelihood = y.reduce((p, yi, i) => p * density(yi, yHat[i]!), 1)
    const nll = gaussianNLL(tensor1d(yHat), tensor1d(y), { sigma, reduction: 'sum' }).dataSync()[0]!
    expect(nll).toBeCloseTo(-Math.log(likelihood), 5)
  })

  it('has the same minimiser as the squared loss, whatever σ (3.1.3)', () => {
    // Fit a constant b to labels by scanning b: both losses bottom out at the labels' mean, 1.5.
    const y = tensor1d([0, 1, 2, 3])
    const candidates = Array.from({ length: 301 }, (_, i) => -1.5 + i * 0.01)
    const argmin = (loss: (b: number) => number) =>
      candidates.reduce((best, b) => (loss(b) < loss(best) ? b : best))
    const squared = (b: number) => sum(squaredLoss(tensor1d([b, b, b, b]), y)).dataSync()[0]!
    for (const sigma of [0.1, 1, 5]) {
      const nll = (b: number) =>
        gaussianNLL(tensor1d([b, b, b, b]), y, { sigma, reduction: 'sum' }).dataSync()[0]!
      expect(argmin(nll)).toBeCloseTo(1.5, 6)
    }
    expect(argmin(squared)).toBeCloseTo(1.5, 6)
  })
})
