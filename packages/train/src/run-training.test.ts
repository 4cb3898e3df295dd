import { DivergenceError } from '@d2l-ts/tensor'
import { expect, it } from 'vitest'
import { runTraining } from './index.js'

it('runs plain gradient descent on (x − 3)² through a custom step: x_k = 3(1 − 0.8^k)', async () => {
  let x = 0
  const history = await runTraining(
    () => [null],
    () => {
      const loss = (x - 3) ** 2
      x -= 0.1 * 2 * (x - 3)
      return { loss, examples: 1 }
    },
    { epochs: 20 },
  )
  expect(x).toBeCloseTo(3 * (1 - 0.8 ** 20), 12)
  expect(history.loss[0]).toBe(9)
  expect(history.loss[19]).toBeCloseTo((3 * 0.8 ** 19) ** 2, 12)
})

it('weights each batch’s loss by its examples, and stops on a non-finite loss', async () => {
  const history = await runTraining(
    () => [
      [1, 4],
      [4, 1],
    ],
    ([loss, examples]) => ({ loss: loss as number, examples: examples as number }),
    { epochs: 1 },
  )
  expect(history.loss[0]).toBeCloseTo((1 * 4 + 4 * 1) / 5, 12)
  await expect(
    runTraining(
      () => [0, 1, 2],
      (i) => ({ loss: i === 2 ? Number.NaN : 1, examples: 1 }),
      { epochs: 1 },
    ),
  ).rejects.toThrow(new DivergenceError({ epoch: 1, step: 3, loss: Number.NaN }))
})
