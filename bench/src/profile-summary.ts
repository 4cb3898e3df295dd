// Where the time in a V8 .cpuprofile went: self time by function, and the same grouped by package.
// The command line is profile-summary-cli.ts.

/** The parts of a .cpuprofile this reads. */
export interface CpuProfile {
  nodes: {
    id: number
    callFrame: { functionName: string; url: string; lineNumber: number }
  }[]
  startTime: number
  endTime: number
  samples: number[]
  /** Microseconds since the previous sample, one per sample. */
  timeDeltas: number[]
}

export interface SelfTime {
  /** function (file:line) */
  name: string
  group: string
  microseconds: number
  share: number
}

/** Which package or part of the runtime a script URL belongs to. */
export function groupOf(url: string, functionName: string): string {
  if (!url) {
    if (/^\((garbage collector|program|idle|root)\)$/.test(functionName)) return functionName
    return '(native)'
  }
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/.exec(url)
  if (pkg?.[1]) return pkg[1]
  const workspace = /\/packages\/(.+?)\/(?:dist|src)\//.exec(url)
  if (workspace?.[1]) return `@d2l-ts/${workspace[1].replace(/\//g, '-')}`
  if (url.startsWith('node:')) return 'node'
  if (url.includes('/bench/src/')) return 'bench harness'
  return 'other'
}

/** Self time per function, largest first; shares are of the whole profile. */
export function summarizeProfile(profile: CpuProfile): SelfTime[] {
  const byNode = new Map<number, number>()
  profile.samples.forEach((id, i) => {
    byNode.set(id, (byNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0))
  })
  const total = [...byNode.values()].reduce((a, b) => a + b, 0) || 1
  const byName = new Map<string, SelfTime>()
  for (const node of profile.nodes) {
    const time = byNode.get(node.id)
    if (!time) continue
    const { functionName, url, lineNumber } = node.callFrame
    const where = url ? ` (${shortUrl(url)}:${lineNumber + 1})` : ''
    const name = `${functionName || '(anonymous)'}${where}`
    const entry = byName.get(name) ?? {
      name,
      group: groupOf(url, functionName),
      microseconds: 0,
      share: 0,
    }
    entry.microseconds += time
    entry.share = entry.microseconds / total
    byName.set(name, entry)
  }
  return [...byName.values()].sort((a, b) => b.microseconds - a.microseconds)
}

/** The same time summed by package. */
export function byGroup(
  rows: SelfTime[],
): { group: string; microseconds: number; share: number }[] {
  const groups = new Map<string, { group: string; microseconds: number; share: number }>()
  for (const r of rows) {
    const g = groups.get(r.group) ?? { group: r.group, microseconds: 0, share: 0 }
    g.microseconds += r.microseconds
    g.share += r.share
    groups.set(r.group, g)
  }
  return [...groups.values()].sort((a, b) => b.microseconds - a.microseconds)
}

function shortUrl(url: string): string {
  const parts = url.replace(/^file:\/\//, '').split('/node_modules/')
  const tail = parts[parts.length - 1] ?? url
  return tail.replace(/^.*\/packages\//, 'packages/').replace(/^.*\/bench\//, 'bench/')
}
