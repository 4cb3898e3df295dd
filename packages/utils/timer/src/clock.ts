/** A monotonic clock in milliseconds, like `performance.now()`; tests pass a fake one. */
export type Clock = () => number

/** `performance.now`, present in Node.js ≥ 16, browsers and workers. */
export const defaultClock: Clock = () => globalThis.performance.now()
