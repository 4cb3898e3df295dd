/**
 * Describes any value in a few words for an error message, without dumping large objects: strings
 * quoted, numbers as they are, arrays and tensors by their size.
 *
 * @example
 * ```ts
 * import { describeValue } from '@d2l-ts/errors'
 * describeValue('0.1') // '"0.1"'
 * describeValue([1, 2, 3]) // 'an array of length 3'
 * describeValue({ shape: [1000, 2] }) // 'a tensor of shape [1000, 2]'
 * ```
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value)
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value)
  }
  if (value === null || value === undefined) return String(value)
  if (typeof value === 'function') return 'a function'
  if (Array.isArray(value)) {
    return value.length === 0 ? 'an empty array' : `an array of length ${value.length}`
  }
  if (ArrayBuffer.isView(value)) {
    const length = (value as unknown as { length?: number }).length
    return `a ${value.constructor.name}${length === undefined ? '' : ` of length ${length}`}`
  }
  if (typeof value === 'object' && 'shape' in value && Array.isArray(value.shape)) {
    return `a tensor of shape [${value.shape.join(', ')}]`
  }
  return `a ${typeof value === 'object' ? (value.constructor?.name ?? 'object') : typeof value}`
}
