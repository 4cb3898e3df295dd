// A page as a user would write it: import the package, let it pick a backend, differentiate.
import {
  add,
  matMul,
  mul,
  setBackend,
  square,
  sub,
  sum,
  tensor2d,
  variable,
  variableGrads,
} from '@d2l-ts/tensor'

// A small regression problem with non-integer data, generated without randomness so that every
// backend sees the same numbers.
const X = Array.from({ length: 8 }, (_, i): [number, number] => [
  Math.sin(i + 1),
  Math.cos(2 * i) / 2,
])
const y = X.map(([a, c]) => 2 * a - 3.4 * c + 4.2 + 0.1 * Math.sin(7 * a))
const w0: [number, number] = [0.3, -0.2]
const b0 = 0.5

// The gradient of L = ½ Σ (Xw + b − y)², by hand: ∂L/∂w = Xᵀr, ∂L/∂b = Σr with r = Xw + b − y.
function closedForm() {
  const gradient = { w: [0, 0], b: [0] }
  X.forEach(([a, c], i) => {
    const r = a * w0[0] + c * w0[1] + b0 - (y[i] ?? 0)
    gradient.w = [(gradient.w[0] ?? 0) + a * r, (gradient.w[1] ?? 0) + c * r]
    gradient.b = [(gradient.b[0] ?? 0) + r]
  })
  return gradient
}

async function gradientOn(backend: 'auto' | 'cpu' | 'wasm') {
  const chosen = await setBackend(backend)
  const w = variable(tensor2d(w0, [2, 1]), true, `w_${backend}`)
  const b = variable(tensor2d([[b0]]), true, `b_${backend}`)
  const { grads } = variableGrads(() =>
    mul(0.5, sum(square(sub(add(matMul(tensor2d(X), w), b), tensor2d(y, [y.length, 1]))))),
  )
  return {
    chosen,
    w: Array.from(grads[w.name]?.dataSync() ?? []),
    b: Array.from(grads[b.name]?.dataSync() ?? []),
  }
}

const results = {
  auto: await gradientOn('auto'),
  cpu: await gradientOn('cpu'),
  wasm: await gradientOn('wasm'),
  closedForm: closedForm(),
}
Object.assign(window, { results })
const out = document.getElementById('out')
if (out) out.textContent = JSON.stringify(results, null, 2)
