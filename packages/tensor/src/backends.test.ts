import { afterAll, describe, expect, it } from 'vitest'
import { BackendError, getBackend, listBackends, setBackend, ValueError } from './index.js'

describe('backends in Node', () => {
  afterAll(() => setBackend('cpu'))

  it('starts on cpu and switches to wasm and back', async () => {
    expect(getBackend()).toBe('cpu')
    expect(await setBackend('wasm')).toBe('wasm')
    expect(getBackend()).toBe('wasm')
    expect(await setBackend('cpu')).toBe('cpu')
  })

  it("'auto' picks wasm, the best backend Node has, and reports it", async () => {
    expect(await setBackend('auto')).toBe('wasm')
    expect(getBackend()).toBe('wasm')
  })

  it('lists cpu and wasm as available, webgl and webgpu as not, each with a reason', async () => {
    const rows = await listBackends()
    expect(rows.map((r) => [r.name, r.available])).toEqual([
      ['cpu', true],
      ['wasm', true],
      ['webgl', false],
      ['webgpu', false],
    ])
    expect(rows.find((r) => r.name === 'webgl')?.reason).toMatch(/needs a browser/)
    expect(rows.find((r) => r.name === 'webgpu')?.reason).toMatch(/navigator\.gpu/)
  })

  it('refuses an unknown name, listing the valid ones', async () => {
    // @ts-expect-error: not a backend name
    const failure = setBackend('nope')
    await expect(failure).rejects.toBeInstanceOf(ValueError)
    await expect(failure).rejects.toThrow(
      `backend: expected one of 'cpu', 'wasm', 'webgl', 'webgpu', 'auto', received "nope"`,
    )
  })

  it('refuses webgl in Node, saying why and which backends are available', async () => {
    await setBackend('cpu')
    const failure = setBackend('webgl')
    await expect(failure).rejects.toBeInstanceOf(BackendError)
    await expect(failure).rejects.toThrow(
      'the webgl backend is not available: WebGL needs a browser; Node.js has no WebGL context. Available here: cpu, wasm.',
    )
    expect(getBackend()).toBe('cpu') // the failed switch left the backend in use alone
  })

  it('keeps tensors usable across a round trip of backends', async () => {
    const { tensor1d, add } = await import('./index.js')
    const a = tensor1d([1, 2])
    await setBackend('wasm')
    expect(Array.from(add(a, 1).dataSync())).toEqual([2, 3])
    await setBackend('cpu')
    expect(Array.from(a.dataSync())).toEqual([1, 2])
  })
})
