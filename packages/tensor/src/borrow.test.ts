import { afterAll, describe, expect, it } from 'vitest'
import { borrowValues, setBackend, tensor2d, zeros } from './index.js'

describe('borrowValues', () => {
  afterAll(() => setBackend('cpu'))

  it("on cpu is the backend's own array: no copy", async () => {
    await setBackend('cpu')
    const x = tensor2d([
      [1, 2],
      [3, 4],
    ])
    expect(borrowValues(x)).toBe(x.dataSync()) // dataSync hands out the same array on cpu
    expect(Array.from(borrowValues(x))).toEqual([1, 2, 3, 4])
  })

  it("on wasm is a view of the backend's heap, where dataSync copies", async () => {
    await setBackend('wasm')
    const x = tensor2d([
      [1, 2],
      [3, 4],
    ])
    const borrowed = borrowValues(x)
    expect(Array.from(borrowed)).toEqual([1, 2, 3, 4])
    expect(borrowed.buffer).toBe(borrowValues(x).buffer) // both views of the same heap
    expect(borrowed.buffer.byteLength).toBeGreaterThan(borrowed.byteLength)
    expect(x.dataSync().buffer).not.toBe(borrowed.buffer)
    x.dispose()
  })

  it('on wasm, a view that heap growth detached is empty; borrowing again reads the values', async () => {
    await setBackend('wasm')
    const x = tensor2d([[5, 6, 7]])
    const before = borrowValues(x)
    const big = zeros([64, 1024, 1024]) // 256 MB: more than the heap holds, so it grows
    expect(before.length).toBe(0)
    expect(Array.from(borrowValues(x))).toEqual([5, 6, 7])
    big.dispose()
    x.dispose()
  })

  it('copies a tensor that still lives on another backend', async () => {
    await setBackend('cpu')
    const x = tensor2d([[8, 9]])
    await setBackend('wasm')
    expect(Array.from(borrowValues(x))).toEqual([8, 9])
  })
})
