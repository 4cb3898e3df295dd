// The three normal densities of section 3.1.3: shifting μ moves the curve, growing σ flattens it.
import { normal, plot } from '@d2l-ts/d2l'

const x = Array.from({ length: 1401 }, (_, i) => -7 + i * 0.01)
const params: [number, number][] = [
  [0, 1],
  [0, 2],
  [3, 1],
]
const svg = plot(
  x,
  params.map(([mu, sigma]) => normal(x, mu, sigma)),
  {
    xlabel: 'x',
    ylabel: 'p(x)',
    figsize: [4.5, 2.5],
    legend: params.map(([mu, sigma]) => `mean ${mu}, std ${sigma}`),
  },
)
console.log(svg)
