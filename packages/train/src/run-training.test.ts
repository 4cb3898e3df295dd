import { DivergenceError, ValueError } from '@d2l-ts/tensor'
import { describe, expect, it } from 'vitest'
import { runTraining } from './index.js'

/** A stepper whose "parameter" lives outside any model, and the copy `sync` keeps in the "model". */
function descentOnParabola() {
  const state = { x: 0, model: 0, syncs: 0 }
  return {
    state,
    stepper: {
      step() {
        const loss = (state.x - 3) ** 2
        state.x -= 0.1 * 2 * (state.x - 3)
        return { loss, examples: 1 }
      },
      sync() {
        state.model = state.x
        state.syncs++
      },
    },
  }
}

it('runs plain gradient descent on (x − 3)² through a custom stepper: x_k = 3(1 − 0.8^k)', async () => {
  const { state, stepper } = descentOnParabola()
  const history = await runTraining(() => [null], stepper, { epochs: 20 })
  expect(state.model).toBeCloseTo(3 * (1 - 0.8 ** 20), 12)
  expect(history.loss[0]).toBe(9)
  expect(history.loss[19]).toBeCloseTo((3 * 0.8 ** 19) ** 2, 12)
})

it('weights each batch’s loss by its examples', async () => {
  const history = await runTraining(
    () => [
      [1, 4],
      [4, 1],
    ],
    { step: ([loss, examples]) => ({ loss: loss as number, examples: examples as number }) },
    { epochs: 1 },
  )
  expect(history.loss[0]).toBeCloseTo((1 * 4 + 4 * 1) / 5, 12)
})

describe('divergence', () => {
  it('is a non-finite loss, named by epoch and step', async () => {
    await expect(
      runTraining(
        () => [0, 1, 2],
        { step: (i) => ({ loss: i === 2 ? Number.NaN : 1, examples: 1 }) },
        { epochs: 1 },
      ),
    ).rejects.toThrow(new DivergenceError({ epoch: 1, step: 3, loss: Number.NaN }))
  })

  it('is also a step whose update would make a parameter non-finite', async () => {
    const run = runTraining(
      () => [0, 1, 2, 3],
      { step: (i) => ({ loss: 10 ** i, examples: 1, finiteParameters: i < 1 }) },
      { epochs: 2 },
    )
    await expect(run).rejects.toMatchObject({
      epoch: 1,
      step: 2,
      loss: 10,
      nonFinite: 'parameters',
    })
  })
})

describe('sync', () => {
  it('hands the progress to the model when the run is aborted between two steps', async () => {
    const { state, stepper } = descentOnParabola()
    const controller = new AbortController()
    const history = await runTraining(() => [1, 2, 3, 4, 5], stepper, {
      epochs: 3,
      signal: controller.signal,
      onEpoch: ({ epoch }) => {
        if (epoch === 1) state.syncs = 0
      },
      onBatch: ({ epoch, step }) => {
        if (epoch === 2 && step === 2) controller.abort()
      },
    })
    expect(history.aborted).toBe(true)
    // 5 steps in epoch 1, 2 in epoch 2: x after 7 steps of x ← 0.8x + 0.6.
    expect(state.model).toBeCloseTo(3 * (1 - 0.8 ** 7), 12)
  })

  it('hands the progress to the model when a step throws, and before every callback', async () => {
    const { state, stepper } = descentOnParabola()
    const seen: number[] = []
    const failing = {
      step: (batch: number) => {
        if (batch === 3) throw new Error('disk on fire')
        return stepper.step()
      },
      sync: stepper.sync,
    }
    await expect(
      runTraining(() => [1, 2, 3], failing, {
        epochs: 1,
        onBatch: () => {
          seen.push(state.model)
        },
      }),
    ).rejects.toThrow('disk on fire')
    expect(seen[0]).toBeCloseTo(0.6, 12)
    expect(seen[1]).toBeCloseTo(0.6 * 0.8 + 0.6, 12)
    expect(seen).toHaveLength(2)
    expect(state.model).toBeCloseTo(0.6 * 0.8 + 0.6, 12)
  })
})

it('refuses an epoch without batches, suspecting a one-shot iterator after the first', async () => {
  const once = [1][Symbol.iterator]()
  const run = runTraining(
    () => ({ [Symbol.iterator]: () => once }),
    { step: () => ({ loss: 1, examples: 1 }) },
    {
      epochs: 2,
    },
  )
  await expect(run).rejects.toThrow(ValueError)
  await expect(
    runTraining(
      () => ({ [Symbol.iterator]: () => once }),
      { step: () => ({ loss: 1, examples: 1 }) },
      { epochs: 2 },
    ),
  ).rejects.toThrow('none in epoch 1')
})
