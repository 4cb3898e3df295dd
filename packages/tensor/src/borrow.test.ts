import { afterAll, describe, expect, it } from 'vitest'
import { borrow, borrowValues, setBackend, tensor2d, zeros } from './index.js'

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

  it('copies a tensor that still lives on another backend', async () => {
    await setBackend('cpu')
    const x = tensor2d([[8, 9]])
    await setBackend('wasm')
    expect(Array.from(borrowValues(x))).toEqual([8, 9])
  })
})

describe('borrow', () => {
  afterAll(() => setBackend('cpu'))

  it.each(['cpu', 'wasm'] as const)('lends in place on %s, and says so', async (backend) => {
    await setBackend(backend)
    const x = tensor2d([[1, 2, 3]])
    const y = tensor2d([[4], [5]])
    const lent = borrow([x, y])
    expect(lent.inPlace).toBe(true)
    expect(lent.read().map((a) => Array.from(a))).toEqual([
      [1, 2, 3],
      [4, 5],
    ])
    x.dispose()
    y.dispose()
  })

  it('says it copied a tensor that still lives on another backend', async () => {
    await setBackend('cpu')
    const x = tensor2d([[8, 9]])
    await setBackend('wasm')
    const lent = borrow([x])
    expect(lent.inPlace).toBe(false)
    expect(Array.from(lent.read()[0] ?? [])).toEqual([8, 9])
  })

  it('on wasm, read() again after the heap grew gives the values, not an empty view', async () => {
    await setBackend('wasm')
    const x = tensor2d([[5, 6, 7]])
    const lent = borrow([x])
    const before = lent.read()[0] as Float32Array
    // More floats than the whole heap holds, so it has to grow (whatever earlier tests left).
    const big = zeros([before.buffer.byteLength / 4 + 1])
    expect(before.length).toBe(0)
    expect(Array.from(lent.read()[0] ?? [])).toEqual([5, 6, 7])
    big.dispose()
    x.dispose()
  })
})
