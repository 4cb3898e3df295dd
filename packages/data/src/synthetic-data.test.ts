import { memory, ShapeError, tensor1d, tensor2d, ValueError } from '@d2l-ts/tensor'
import { describe, expect, it } from 'vitest'
import { syntheticData } from './index.js'

/** Mean and population standard deviation, in plain float64 JavaScript. */
function meanStd(values: readonly number[]): { mean: number; std: number } {
  let sum = 0
  for (const v of values) sum += v
  const mean = sum / values.length
  let squares = 0
  for (const v of values) squares += (v - mean) ** 2
  return { mean, std: Math.sqrt(squares / values.length) }
}

describe('syntheticData', () => {
  const w = [2, -3.4]
  const b = 4.2
  const n = 1000

  it("makes the book's data: X ~ N(0, 1) and y = Xw + b + N(0, 0.01²)", () => {
    const { X, y } = syntheticData(w, b, n, { noiseStd: 0.01, seed: 42 })
    expect(X.shape).toEqual([n, 2])
    expect(y.shape).toEqual([n, 1])
    const x = X.dataSync()
    const labels = y.dataSync()
    const residuals: number[] = []
    for (let i = 0; i < n; i++) {
      let prediction = b
      for (let j = 0; j < w.length; j++) prediction += x[i * 2 + j]! * w[j]!
      residuals.push(labels[i]! - prediction)
    }
    const noise = meanStd(residuals)
    // standard errors: of the mean 0.01/√1000 ≈ 3.2e-4, of the std 0.01/√2000 ≈ 2.2e-4; allow ~4.5 of them
    expect(Math.abs(noise.mean)).toBeLessThan(1.5e-3)
    expect(Math.abs(noise.std - 0.01)).toBeLessThan(1e-3)
    for (let j = 0; j < 2; j++) {
      const column = meanStd(Array.from({ length: n }, (_, i) => x[i * 2 + j]!))
      // standard errors 1/√1000 ≈ 0.032 and 1/√2000 ≈ 0.022
      expect(Math.abs(column.mean)).toBeLessThan(0.13)
      expect(Math.abs(column.std - 1)).toBeLessThan(0.1)
    }
  })

  it('repeats with the same seed and changes with another', () => {
    const a = syntheticData(w, b, 50, { seed: 7 })
    const again = syntheticData(w, b, 50, { seed: 7 })
    const other = syntheticData(w, b, 50, { seed: 8 })
    expect(Array.from(a.X.dataSync())).toEqual(Array.from(again.X.dataSync()))
    expect(Array.from(a.y.dataSync())).toEqual(Array.from(again.y.dataSync()))
    expect(Array.from(a.X.dataSync())).not.toEqual(Array.from(other.X.dataSync()))
  })

  it('gives y = Xw + b exactly (to float32 rounding) with noiseStd 0', () => {
    const { X, y } = syntheticData([1, 2, 3], -1, 20, { noiseStd: 0, seed: 1 })
    const x = X.arraySync()
    const labels = y.arraySync()
    x.forEach((row, i) => {
      expect(labels[i]![0]).toBeCloseTo(row[0]! + 2 * row[1]! + 3 * row[2]! - 1, 5)
    })
  })

  it('takes w as a 1-D tensor, which it neither disposes nor changes', () => {
    const wTensor = tensor1d(w)
    const fromTensor = syntheticData(wTensor, b, 30, { seed: 3 })
    const fromArray = syntheticData(w, b, 30, { seed: 3 })
    expect(wTensor.isDisposed).toBe(false)
    expect(Array.from(wTensor.dataSync())).toEqual(Array.from(new Float32Array(w)))
    expect(Array.from(fromTensor.y.dataSync())).toEqual(Array.from(fromArray.y.dataSync()))
  })

  it('does not change the array w', () => {
    const weights = [2, -3.4]
    syntheticData(weights, b, 10, { seed: 0 })
    expect(weights).toEqual([2, -3.4])
  })

  it('leaves exactly its two results behind in memory', () => {
    const before = memory().numTensors
    const { X, y } = syntheticData(w, b, 100, { seed: 0 })
    expect(memory().numTensors).toBe(before + 2)
    X.dispose()
    y.dispose()
    expect(memory().numTensors).toBe(before)
  })

  it('rejects bad arguments with typed errors that name them', () => {
    expect(() => syntheticData(w, b, n, { noiseStd: -0.1 })).toThrow(
      new ValueError({
        argument: 'options.noiseStd',
        expected: 'a finite number >= 0',
        received: '-0.1',
      }),
    )
    expect(() => syntheticData(w, b, n, { noiseStd: Number.NaN })).toThrow(ValueError)
    expect(() => syntheticData(w, b, 0)).toThrow('n: expected an integer >= 1, received 0')
    expect(() => syntheticData(w, b, 2.5)).toThrow(ValueError)
    expect(() => syntheticData([], b, n)).toThrow(ValueError)
    expect(() => syntheticData([1, Number.NaN], b, n)).toThrow(
      'w: expected finite numbers, received NaN at [1]',
    )
    expect(() => syntheticData(w, Number.POSITIVE_INFINITY, n)).toThrow(
      'b: expected a finite number, received Infinity',
    )
    expect(() => syntheticData(tensor2d([[2], [-3.4]]), b, n)).toThrow(ShapeError)
    expect(() => syntheticData(w, b, n, { seed: 0.5 })).toThrow(ValueError)
  })
})
