// The contour lines the SGD demo draws under its path: the loss surface (loss-surface.ts) sampled on
// a grid over a window of (w, b), cut at a few levels by marching squares. The levels rise as the
// squares of evenly spaced numbers above the minimum; the loss grows with the square of the distance
// from the minimum, so the lines come out about evenly spaced, like the rings of a bowl.
import type { LossSurface } from './loss-surface'
import { contourSegments } from './marching-squares'

/** A rectangle of the (w, b) plane: [from, to] along each parameter. */
export interface ParameterWindow {
  w: readonly [number, number]
  b: readonly [number, number]
}

/** Contour lines as one series for a plot: every segment's two ends, then a NaN to break the line. */
export interface ContourLines {
  w: number[]
  b: number[]
  /** The loss of each line, lowest first. */
  levels: number[]
}

/** Grid points along each side: fine enough that the rings look round at the demo's size. */
const GRID_POINTS = 41

/**
 * `count` contour lines of `surface` inside `window`, at the minimum plus (k / count)² times the
 * largest rise inside the window (its highest corner: the surface is a bowl), for k = 1 … count.
 */
export function lossContours(
  surface: LossSurface,
  window: ParameterWindow,
  count: number,
): ContourLines {
  const steps = (range: readonly [number, number]) =>
    Array.from(
      { length: GRID_POINTS },
      (_, i) => range[0] + ((range[1] - range[0]) * i) / (GRID_POINTS - 1),
    )
  const ws = steps(window.w)
  const bs = steps(window.b)
  const values = bs.flatMap((b) => ws.map((w) => surface.at(w, b)))
  const lowest = surface.minimum.loss
  const rise = Math.max(...values) - lowest
  const levels = Array.from({ length: count }, (_, k) => lowest + rise * ((k + 1) / count) ** 2)
  const lines: ContourLines = { w: [], b: [], levels }
  for (const level of levels) {
    for (const [w1, b1, w2, b2] of contourSegments({ xs: ws, ys: bs, values }, level)) {
      lines.w.push(w1, w2, Number.NaN)
      lines.b.push(b1, b2, Number.NaN)
    }
  }
  return lines
}

/** A square window of half-width `half` around the surface's minimum. */
export function windowAround(surface: LossSurface, half: number): ParameterWindow {
  const { w, b } = surface.minimum
  return { w: [w - half, w + half], b: [b - half, b + half] }
}
