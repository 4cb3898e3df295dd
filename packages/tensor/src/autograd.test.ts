import { afterAll, describe, expect, it } from 'vitest'
import {
  add,
  grad,
  grads,
  matMul,
  mul,
  setBackend,
  square,
  sub,
  sum,
  tensor1d,
  tensor2d,
  valueAndGrad,
  variable,
  variableGrads,
} from './index.js'

// Every expectation below is a derivative worked out by hand.
describe.each(['cpu', 'wasm'] as const)('autograd on %s', (backend) => {
  afterAll(() => setBackend('cpu'))

  it('grad of sum(x²) is 2x', async () => {
    await setBackend(backend)
    const g = grad((x) => sum(square(x)))(tensor1d([1, 2, 3]))
    expect(Array.from(g.dataSync())).toEqual([2, 4, 6])
  })

  it('grads of sum(a·b) are (b, a)', async () => {
    await setBackend(backend)
    const [da, db] = grads((a, b) => sum(mul(a, b)))([tensor1d([1, 2]), tensor1d([3, 5])])
    expect(Array.from(da?.dataSync() ?? [])).toEqual([3, 5])
    expect(Array.from(db?.dataSync() ?? [])).toEqual([1, 2])
  })

  it('valueAndGrad of sum((x - 1)²) at x = [3, -1] is 8 and [4, -4]', async () => {
    await setBackend(backend)
    const { value, grad: g } = valueAndGrad((x) => sum(square(sub(x, 1))))(tensor1d([3, -1]))
    expect(value.dataSync()[0]).toBe(8)
    expect(Array.from(g.dataSync())).toEqual([4, -4])
  })

  it('variableGrads of the squared loss of a linear model is Xᵀ(Xw + b − y) and Σ(Xw + b − y)', async () => {
    await setBackend(backend)
    const X = tensor2d([
      [1, 2],
      [3, 4],
    ])
    const y = tensor2d([[1], [2]])
    const w = variable(tensor2d([[0.5], [-1]]), true, `w-${backend}`)
    const b = variable(tensor1d([0.25]), true, `b-${backend}`)
    // residuals r = Xw + b − y = [0.5 − 2 + 0.25 − 1, 1.5 − 4 + 0.25 − 2] = [−2.25, −4.25]
    const { value, grads: g } = variableGrads(() =>
      mul(0.5, sum(square(sub(add(matMul(X, w), b), y)))),
    )
    expect(value.dataSync()[0]).toBeCloseTo(0.5 * (2.25 ** 2 + 4.25 ** 2), 5)
    // Xᵀr = [1·−2.25 + 3·−4.25, 2·−2.25 + 4·−4.25] = [−15, −21.5]; Σr = −6.5
    expect(Array.from(g[w.name]?.dataSync() ?? [])).toEqual([-15, -21.5])
    expect(Array.from(g[b.name]?.dataSync() ?? [])).toEqual([-6.5])
    w.dispose()
    b.dispose()
  })
})
