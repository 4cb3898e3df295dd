// The analytic solution of 3.1.1: w* = (XᵀX)⁻¹Xᵀy, with the bias folded in as a column of ones.
// No learning rate, no epochs, no initialization: one linear solve gives the least-squares optimum.
import { LinearRegression, syntheticData } from '@d2l-ts/d2l'

const trueW = [2, -3.4]
const trueB = 4.2
const { X, y } = syntheticData(trueW, trueB, 1000, { noiseStd: 0.01, seed: 0 })

// fitClosedForm solves in float64; a dependent column (a duplicated feature, say) would be an error
// naming it, since XᵀX is then singular and the minimizer is not unique.
const { w: wColumn, b: bias } = new LinearRegression({ inputs: 2 }).fitClosedForm(X, y)
const w = wColumn.flat()
const [b = Number.NaN] = bias

const vec = (v: number[]) => `[${v.map((x) => x.toFixed(5)).join(', ')}]`
console.log(`w: ${vec(w)}  (true [${trueW.join(', ')}])`)
console.log(`b: ${b.toFixed(5)}  (true ${trueB})`)
// What is left is the noise: with σ = 0.01 and n = 1000, errors of a few 1e-4 are expected.
console.log(`w error: ${vec(trueW.map((t, i) => t - (w[i] ?? Number.NaN)))}`)
console.log(`b error: ${(trueB - b).toFixed(5)}`)
