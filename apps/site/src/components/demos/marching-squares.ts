// Contour lines of a function sampled on a grid, by marching squares: in every cell of the grid, the
// level line crosses the edges whose two corners lie on different sides of the level, at the point
// that linear interpolation along the edge puts at the level; joining the crossings of a cell gives
// one segment of the line (two where the cell is a saddle).

/** Values f(xs[i], ys[j]) of a function on a grid, row by row: values[j · xs.length + i]. */
export interface Grid {
  xs: readonly number[]
  ys: readonly number[]
  values: ArrayLike<number>
}

/** One piece of a contour line, from (x1, y1) to (x2, y2). */
export type Segment = readonly [x1: number, y1: number, x2: number, y2: number]

type Point = readonly [number, number]

/**
 * The segments of the level line f = level. Cells with a non-finite corner are skipped. A cell whose
 * opposite corners lie on the same side (a saddle) is resolved by its centre, the mean of the four
 * corners: the two corners on the centre's side are taken to be connected through it.
 */
export function contourSegments(grid: Grid, level: number): Segment[] {
  const { xs, ys, values } = grid
  const columns = xs.length
  const segments: Segment[] = []
  for (let j = 0; j + 1 < ys.length; j++) {
    for (let i = 0; i + 1 < columns; i++) {
      // Corners counter-clockwise from the lower left, each with its position and value.
      const corners = [
        [i, j],
        [i + 1, j],
        [i + 1, j + 1],
        [i, j + 1],
      ].map(([ci, cj]) => ({
        x: xs[ci as number] as number,
        y: ys[cj as number] as number,
        value: values[(cj as number) * columns + (ci as number)] as number,
      }))
      if (!corners.every((c) => Number.isFinite(c.value))) continue
      // Edge k joins corner k to corner k + 1: lower, right, upper, left.
      const crossings: (Point | null)[] = corners.map((a, k) => {
        const b = corners[(k + 1) % 4] as (typeof corners)[number]
        if (a.value > level === b.value > level) return null
        const t = (level - a.value) / (b.value - a.value)
        return [a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)]
      })
      const found = crossings.filter((p): p is Point => p !== null)
      if (found.length === 2) {
        const [p, q] = found as [Point, Point]
        segments.push([p[0], p[1], q[0], q[1]])
      } else if (found.length === 4) {
        const [lower, right, upper, left] = crossings as [Point, Point, Point, Point]
        const centre = corners.reduce((total, c) => total + c.value, 0) / 4
        const firstCornerJoined = centre > level === (corners[0] as { value: number }).value > level
        // Joined corners 0 and 2: the line cuts off corners 1 and 3; otherwise corners 0 and 2.
        const pairs = firstCornerJoined
          ? [
              [lower, right],
              [upper, left],
            ]
          : [
              [left, lower],
              [right, upper],
            ]
        for (const [p, q] of pairs as [Point, Point][]) segments.push([p[0], p[1], q[0], q[1]])
      }
    }
  }
  return segments
}
