import { setBackend } from '@d2l-ts/tensor'

try {
  await setBackend('wasm')
  console.log('unexpected: wasm loaded')
} catch (error) {
  console.log(`${error.name}: ${error.message}`)
}
