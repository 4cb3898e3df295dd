// How the performance page writes its numbers: never a 0.00 that hides a measured value.
import type { Target } from './results.js'

/** Seconds: three decimals, or two significant digits below 0.01 s. */
export function formatSeconds(seconds: number): string {
  return seconds >= 0.01 ? seconds.toFixed(3) : seconds.toPrecision(2)
}

/** A speed ratio: whole numbers from 10×, two decimals from 0.1×, two significant digits below. */
export function formatSpeed(speed: number): string {
  if (speed >= 10) return `${speed.toFixed(0)}×`
  return `${speed >= 0.1 ? speed.toFixed(2) : speed.toPrecision(2)}×`
}

/** A target's measure: ratios with two decimals, errors (1e-8 and the like) in exponent form. */
export function formatMeasure({ measured, estimate }: Target): string {
  if (measured === null) return '—'
  const value =
    measured !== 0 && Math.abs(measured) < 0.01 ? measured.toExponential(1) : measured.toFixed(2)
  return `${estimate ? '≈' : ''}${value}`
}
