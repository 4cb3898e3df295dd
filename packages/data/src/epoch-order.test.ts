import { tensor2d } from '@d2l-ts/tensor'
import { expect, it } from 'vitest'
import { epochOrder, loadArray } from './index.js'

it('is the order in which a seeded loader visits the rows, epoch by epoch', () => {
  const n = 23
  const X = tensor2d(
    Array.from({ length: n }, (_, i) => i),
    [n, 1],
  )
  const loader = loadArray([X], 5, { seed: 9 })
  for (let epoch = 0; epoch < 3; epoch++) {
    const visited: number[] = []
    // Read each batch inside the loop: the loader disposes it when the loop moves on.
    for (const [batch] of loader) visited.push(...batch.dataSync())
    expect(visited).toEqual(Array.from(epochOrder(n, { seed: 9, epoch })))
  }
})

it('differs between epochs and repeats for the same seed and epoch', () => {
  const a = Array.from(epochOrder(100, { seed: 1, epoch: 0 }))
  expect(a).toEqual(Array.from(epochOrder(100, { seed: 1, epoch: 0 })))
  expect(a).not.toEqual(Array.from(epochOrder(100, { seed: 1, epoch: 1 })))
  expect(() => epochOrder(10, { seed: 1, epoch: -1 })).toThrow('epoch: expected an integer >= 0')
})
