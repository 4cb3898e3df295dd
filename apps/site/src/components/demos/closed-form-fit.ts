// The work of the closed-form demo, in the browser only: a few points of the demos' line data, and a
// LinearRegression model that fitClosedForm fits again (the analytic solution of 3.1.1.3, in float64)
// whenever the reader moves a point.
import { memory } from '@d2l-ts/tensor'
import { lineData, lineModel } from './line-data'

/** n points of the line data of `seed`, as plain numbers. */
export function samplePoints(n: number, seed: number): { xs: number[]; ys: number[] } {
  const { X, y, xs, ys } = lineData(n, seed)
  X.dispose()
  y.dispose()
  return { xs, ys }
}

/** The least-squares line of a set of points, refitted on demand by one LinearRegression model. */
export class LeastSquaresLine {
  readonly #model = lineModel()

  /** The line that minimises the squared loss on the points, and that loss (the mean of ½ r²). */
  fit(xs: readonly number[], ys: readonly number[]): { w: number; b: number; loss: number } {
    const fitted = this.#model.fitClosedForm(
      xs.map((x) => [x]),
      ys,
    )
    const w = fitted.w[0]?.[0] ?? Number.NaN
    const b = fitted.b[0] ?? Number.NaN
    const loss = xs.reduce((total, x, i) => total + 0.5 * (w * x + b - (ys[i] as number)) ** 2, 0)
    return { w, b, loss: loss / xs.length }
  }

  /** memory().numTensors: how many tensors the page holds now (for leak checks). */
  liveTensors(): number {
    return memory().numTensors
  }

  dispose(): void {
    this.#model.dispose()
  }
}
