// What one console.log call prints, the way Node prints it, so that a cell run in the browser shows
// the text it showed when the site was built. It follows Node's util.format and util.inspect
// (nodejs.org/api/util.html) for what cells print: strings, numbers, arrays, typed arrays, plain
// objects, Maps, Sets, errors and the printf-style directives. Unlike Node, it never breaks a long
// value over several lines.

/** Node's default: deeper objects print as [Object] / [Array]. */
const MAX_DEPTH = 2
/** Node's default maxArrayLength: longer arrays end with "... N more items". */
const MAX_ITEMS = 100

/**
 * The line(s) `console.log(...args)` prints in Node, without the final newline.
 *
 * @example
 * ```ts
 * formatLogArguments(['loss', 0.5, [1, 2]]) // 'loss 0.5 [ 1, 2 ]'
 * formatLogArguments(['%d%% of %s', 42, 'data']) // '42% of data'
 * ```
 */
export function formatLogArguments(args: readonly unknown[]): string {
  const [first, ...rest] = args
  if (typeof first !== 'string') return args.map((arg) => formatArgument(arg)).join(' ')
  const remaining = [...rest]
  const head = first.replace(/%([sdifjoOc%])/g, (directive, letter: string) => {
    if (letter === '%') return '%'
    if (remaining.length === 0) return directive
    return formatDirective(letter, remaining.shift())
  })
  return [head, ...remaining.map((arg) => formatArgument(arg))].join(' ')
}

/** A top-level argument: strings print as they are, everything else inspected. */
function formatArgument(value: unknown): string {
  return typeof value === 'string' ? value : inspect(value, 0, [])
}

function formatDirective(letter: string, value: unknown): string {
  switch (letter) {
    case 's':
      if (typeof value === 'bigint') return `${value}n`
      if (typeof value === 'number') return numberText(value)
      // Node inspects an object without a toString of its own only one level deep.
      if (typeof value === 'object' && value !== null && !hasOwnToString(value)) {
        return inspect(value, MAX_DEPTH, [])
      }
      return String(value)
    case 'd':
      if (typeof value === 'bigint') return `${value}n`
      return typeof value === 'object' && value !== null ? 'NaN' : numberText(Number(value))
    case 'i':
      if (typeof value === 'bigint') return `${value}n`
      return numberText(Number.parseInt(String(value), 10))
    case 'f':
      return numberText(Number.parseFloat(String(value)))
    case 'j':
      try {
        return JSON.stringify(value) ?? 'undefined'
      } catch {
        return '[Circular]'
      }
    case 'c':
      return '' // CSS for a browser's devtools console; Node drops it
    default:
      return inspect(value, 0, [])
  }
}

/** True when a class of the object's own (not a built-in) defines toString. */
function hasOwnToString(object: object): boolean {
  for (let o: object | null = object; o !== null; o = Object.getPrototypeOf(o)) {
    const own = Object.getOwnPropertyDescriptor(o, 'toString')?.value
    if (typeof own === 'function')
      return !Function.prototype.toString.call(own).includes('[native code]')
  }
  return false
}

function numberText(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value)
}

function inspect(value: unknown, depth: number, seen: unknown[]): string {
  switch (typeof value) {
    case 'string':
      return quote(value)
    case 'number':
      return numberText(value)
    case 'bigint':
      return `${value}n`
    case 'symbol':
      return value.toString()
    case 'undefined':
      return 'undefined'
    case 'boolean':
      return String(value)
    case 'function':
      return functionText(value as (...args: never) => unknown)
  }
  if (value === null) return 'null'
  const object = value as object
  if (seen.includes(object)) return '[Circular *1]'
  if (object instanceof Error) return `${object.name}: ${object.message}`
  if (object instanceof Date) return object.toISOString()
  if (object instanceof RegExp) return String(object)
  const nested = [...seen, object]
  const item = (v: unknown) => inspect(v, depth + 1, nested)
  if (Array.isArray(object)) {
    if (depth > MAX_DEPTH) return '[Array]'
    return bracket('', '[', listItems(object, item), ']')
  }
  if (ArrayBuffer.isView(object) && !(object instanceof DataView)) {
    const items = Array.from(object as unknown as ArrayLike<number | bigint>)
    const name = object.constructor.name
    return bracket(`${name}(${items.length}) `, '[', listItems(items, item), ']')
  }
  if (object instanceof Map) {
    if (depth > MAX_DEPTH) return '[Map]'
    const entries = [...object].map(([k, v]) => `${item(k)} => ${item(v)}`)
    return bracket(`Map(${object.size}) `, '{', entries, '}')
  }
  if (object instanceof Set) {
    if (depth > MAX_DEPTH) return '[Set]'
    return bracket(`Set(${object.size}) `, '{', [...object].map(item), '}')
  }
  const constructorName = Object.getPrototypeOf(object)?.constructor?.name as string | undefined
  const prefix = constructorName === undefined ? '[Object: null prototype] ' : ''
  const label = constructorName && constructorName !== 'Object' ? `${constructorName} ` : prefix
  if (depth > MAX_DEPTH) return `[${constructorName ?? 'Object'}]`
  const entries = Object.entries(object).map(([k, v]) => `${propertyKey(k)}: ${item(v)}`)
  return bracket(label, '{', entries, '}')
}

function listItems(items: readonly unknown[], item: (v: unknown) => string): string[] {
  const shown = items.slice(0, MAX_ITEMS).map(item)
  const hidden = items.length - shown.length
  return hidden > 0 ? [...shown, `... ${hidden} more item${hidden === 1 ? '' : 's'}`] : shown
}

function bracket(label: string, open: string, entries: string[], close: string): string {
  return entries.length === 0
    ? `${label}${open}${close}`
    : `${label}${open} ${entries.join(', ')} ${close}`
}

/** Node quotes with single quotes, unless the string holds one and no double quote. */
function quote(text: string): string {
  const escaped = text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')
  if (!text.includes("'")) return `'${escaped}'`
  if (!text.includes('"')) return `"${escaped}"`
  if (!text.includes('`')) return `\`${escaped}\``
  return `'${escaped.replace(/'/g, "\\'")}'`
}

function propertyKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : quote(key)
}

function functionText(fn: (...args: never) => unknown): string {
  const source = Function.prototype.toString.call(fn)
  if (source.startsWith('class')) return fn.name ? `[class ${fn.name}]` : '[class (anonymous)]'
  return fn.name ? `[Function: ${fn.name}]` : '[Function (anonymous)]'
}
