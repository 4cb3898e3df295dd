import { syntheticData } from '@d2l-ts/data'
import { mseLoss, squaredLoss } from '@d2l-ts/losses'
import { type Loss, randomNormal, setBackend, tensor2d, zeros } from '@d2l-ts/tensor'
import type { BatchReport } from '@d2l-ts/train'
import { afterAll, describe, expect, it } from 'vitest'
import { LinearRegression } from './index.js'

/** |a − b| ≤ tolerance·max(1, |b|), element by element. */
function expectClose(a: number[], b: number[], tolerance: number) {
  expect(a).toHaveLength(b.length)
  a.forEach((v, i) => {
    expect(Math.abs(v - b[i]!)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(b[i]!)))
  })
}

const flat = ({ w, b }: { w: number[][]; b: number[] }) => [...w.flat(), ...b]

describe('the fused fast path of fit', () => {
  const cases: [string, Loss, number][] = [
    ['squared loss, one output', squaredLoss, 1],
    ['MSE, one output', mseLoss, 1],
    ['squared loss, two outputs', squaredLoss, 2],
  ]
  it.each(cases)(
    'gives the generic path’s weights and losses to 1e-5 (%s)',
    async (_, loss, outputs) => {
      const { X, y: y1 } = syntheticData([2, -3.4, 0.5], 4.2, 257, { seed: 3 })
      const y =
        outputs === 1 ? y1 : tensor2d(Array.from(y1.dataSync(), (v, i) => [v, -v + i / 257]))
      const run = async (fastPath: boolean) => {
        const model = new LinearRegression({ inputs: 3, outputs, seed: 11 })
        const batches: BatchReport[] = []
        const history = await model.fit(X, y, {
          epochs: 4,
          batchSize: 16, // 257 rows: the last batch of each epoch holds one row
          lr: 0.05,
          loss,
          fastPath,
          validation: [X, y],
          onBatch: (report) => {
            batches.push(report)
          },
        })
        return { weights: flat(model.weights()), history, batches }
      }
      const fast = await run(true)
      const generic = await run(false)
      expectClose(fast.weights, generic.weights, 1e-5)
      expectClose(fast.history.loss, generic.history.loss, 1e-5)
      expectClose(fast.history.validationLoss, generic.history.validationLoss, 1e-5)
      expect(fast.batches.map((b) => [b.epoch, b.step])).toEqual(
        generic.batches.map((b) => [b.epoch, b.step]),
      )
      expectClose(
        fast.batches.map((b) => b.loss),
        generic.batches.map((b) => b.loss),
        1e-5,
      )
    },
  )

  it('applies without shuffling too, and leaves the caller’s data alone', async () => {
    const X = randomNormal([50, 2], { seed: 1 })
    const y = randomNormal([50, 1], { seed: 2 })
    const before = Array.from(X.dataSync())
    const run = async (fastPath: boolean) => {
      const model = new LinearRegression({ inputs: 2, seed: 0 })
      await model.fit(X, y, { epochs: 2, batchSize: 7, shuffle: false, fastPath })
      return flat(model.weights())
    }
    expectClose(await run(true), await run(false), 1e-5)
    expect(Array.from(X.dataSync())).toEqual(before)
  })

  describe('on the wasm backend, which it reads in place', () => {
    afterAll(() => setBackend('cpu'))

    it('reads the data again after a tensor operation grows the heap mid-epoch', async () => {
      const { X, y } = syntheticData([2, -3.4], 4.2, 300, { seed: 4 })
      const fit = async (grow: boolean) => {
        await setBackend('wasm')
        const [Xw, yw] = [
          tensor2d(X.arraySync() as number[][]),
          tensor2d(y.arraySync() as number[][]),
        ]
        const model = new LinearRegression({ inputs: 2, seed: 5 })
        await model.fit(Xw, yw, {
          epochs: 2,
          batchSize: 10,
          onBatch: ({ step }) => {
            // 256 MB: the heap cannot hold it, grows, and detaches every view of the old one.
            if (grow && step === 3) zeros([64, 1024, 1024]).dispose()
          },
        })
        return flat(model.weights())
      }
      const grown = await fit(true)
      expect(grown.every(Number.isFinite)).toBe(true)
      expect(grown).toEqual(await fit(false))
    })
  })
})
