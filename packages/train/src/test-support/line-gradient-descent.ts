/**
 * Full-batch gradient descent on ½·mean((wx + b − y)²) for one feature, from w = b = 0, in float64:
 * the independent reference that the training paths' tests compare against.
 */
export function lineGradientDescent(
  xs: readonly number[],
  ys: readonly number[],
  steps: number,
  lr: number,
): [number, number] {
  let w = 0
  let b = 0
  for (let t = 0; t < steps; t++) {
    const r = xs.map((x, i) => w * x + b - (ys[i] as number))
    const gw = r.reduce((s, ri, i) => s + ri * (xs[i] as number), 0) / xs.length
    const gb = r.reduce((s, ri) => s + ri, 0) / xs.length
    w -= lr * gw
    b -= lr * gb
  }
  return [w, b]
}
