// 3.1.3 节的三条正态分布曲线：改变 μ 使曲线平移，增大 σ 使曲线变扁。
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
    title: '三条正态分布概率密度曲线：均值 0、标准差 1；均值 0、标准差 2；均值 3、标准差 1',
    xlabel: 'x',
    ylabel: 'p(x)',
    figsize: [4.5, 2.5],
    legend: params.map(([mu, sigma]) => `均值 ${mu}，标准差 ${sigma}`),
  },
)
console.log(svg)
