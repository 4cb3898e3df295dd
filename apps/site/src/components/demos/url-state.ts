// A demo's settings in the page's query string, so that a link reproduces them. Only the demo's own
// keys are read and written; other parameters and the #fragment are left as they are.

/** The values of `keys` in the current URL (missing keys are left out). Empty outside a browser. */
export function readQuery<K extends string>(keys: readonly K[]): Partial<Record<K, string>> {
  if (typeof location === 'undefined') return {}
  const params = new URLSearchParams(location.search)
  const found: Partial<Record<K, string>> = {}
  for (const key of keys) {
    const value = params.get(key)
    if (value !== null) found[key] = value
  }
  return found
}

/** Writes `values` into the query string with history.replaceState: no reload, no new history entry. */
export function writeQuery(values: Record<string, string>): void {
  if (typeof location === 'undefined' || typeof history === 'undefined') return
  const url = new URL(location.href)
  for (const [key, value] of Object.entries(values)) url.searchParams.set(key, value)
  if (url.href !== location.href) history.replaceState(history.state, '', url)
}
