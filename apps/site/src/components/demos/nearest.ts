/** The index of the item nearest to a target, by `distance` (the first of equals); -1 for none. */
export function nearestIndex<T>(items: readonly T[], distance: (item: T) => number): number {
  let best = -1
  let bestDistance = Number.POSITIVE_INFINITY
  items.forEach((item, i) => {
    const d = distance(item)
    if (d < bestDistance) {
      best = i
      bestDistance = d
    }
  })
  return best
}
