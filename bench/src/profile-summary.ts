// Reads V8 .cpuprofile files (node --cpu-prof, or `pnpm bench --profile`) and prints where the time
// went: the functions with the most self time, and the same time grouped by package.
//   tsx src/profile-summary.ts results/profiles/*.cpuprofile [--top=25]
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'

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

function main(argv: string[]): void {
  const top = Number(argv.find((a) => a.startsWith('--top='))?.slice(6) ?? 25)
  const files = argv.filter((a) => !a.startsWith('--'))
  if (files.length === 0) {
    console.error('usage: tsx src/profile-summary.ts FILE.cpuprofile … [--top=25]')
    process.exit(1)
  }
  for (const file of files) {
    const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile
    const rows = summarizeProfile(profile)
    const seconds = (profile.endTime - profile.startTime) / 1e6
    console.log(`\n${basename(file)}: ${seconds.toFixed(1)} s profiled`)
    console.log('  by package:')
    for (const g of byGroup(rows).slice(0, 12)) {
      console.log(`    ${(g.share * 100).toFixed(1).padStart(5)}%  ${g.group}`)
    }
    console.log(`  top ${top} functions by self time:`)
    for (const r of rows.slice(0, top)) {
      console.log(`    ${(r.share * 100).toFixed(1).padStart(5)}%  ${r.name}  [${r.group}]`)
    }
  }
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1])))
  main(process.argv.slice(2))
