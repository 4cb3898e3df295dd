import {
  type SymbolType,
  symbol,
  symbolCircle,
  symbolDiamond,
  symbolPlus,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolX,
} from 'd3-shape'
import type { MarkerKind } from './format.js'
import { element, num } from './svg.js'

interface MarkerShape {
  type: SymbolType
  /** Area in square points, as d3's symbol size. */
  size: number
  /** Stroked (+, x) rather than filled. */
  stroked: boolean
  /** Degrees; 'v' is the '^' triangle turned over. */
  rotate?: number
}

const SHAPES: Readonly<Record<MarkerKind, MarkerShape>> = {
  '.': { type: symbolCircle, size: 10, stroked: false },
  o: { type: symbolCircle, size: 36, stroked: false },
  s: { type: symbolSquare, size: 30, stroked: false },
  '^': { type: symbolTriangle, size: 30, stroked: false },
  v: { type: symbolTriangle, size: 30, stroked: false, rotate: 180 },
  d: { type: symbolDiamond, size: 30, stroked: false },
  '+': { type: symbolPlus, size: 40, stroked: true },
  x: { type: symbolX, size: 40, stroked: true },
  '*': { type: symbolStar, size: 36, stroked: false },
}

const pathCache = new Map<MarkerKind, string>()

/** The path of one marker centred on the origin, from d3's symbol generator. */
function markerPath(kind: MarkerKind): string {
  let d = pathCache.get(kind)
  if (d === undefined) {
    const shape = SHAPES[kind]
    d = symbol(shape.type, shape.size).digits(2)() ?? ''
    pathCache.set(kind, d)
  }
  return d
}

/**
 * A group of markers of one kind and colour at the given points (in SVG units); points with a
 * non-finite coordinate are skipped.
 */
export function markerGroup(
  kind: MarkerKind,
  color: string,
  points: ReadonlyArray<readonly [number, number]>,
  attrs: Readonly<Record<string, string | number>> = {},
): string {
  const shape = SHAPES[kind]
  const d = markerPath(kind)
  const rotate = shape.rotate ? ` rotate(${shape.rotate})` : ''
  const marks = points
    .filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y))
    .map(([x, y]) => element('path', { d, transform: `translate(${num(x)},${num(y)})${rotate}` }))
  if (marks.length === 0) return ''
  return element(
    'g',
    {
      ...attrs,
      fill: shape.stroked ? 'none' : color,
      stroke: color,
      'stroke-width': shape.stroked ? 1.5 : 0.5,
    },
    marks,
  )
}
