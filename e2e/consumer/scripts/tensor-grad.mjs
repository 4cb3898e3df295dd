import { grad, setBackend, square, sum, tensor1d } from '@d2l-ts/tensor'

for (const b of ['cpu', 'wasm']) {
  await setBackend(b)
  console.log(b, Array.from(grad((x) => sum(square(x)))(tensor1d([1, 2, 3])).dataSync()))
}
