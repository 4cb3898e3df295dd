// Prints where the time in V8 .cpuprofile files went (node --cpu-prof, or `pnpm bench --profile`):
// the functions with the most self time, and the same time grouped by package.
//   pnpm run profile:summary results/profiles/*.cpuprofile [--top=25]
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { byGroup, type CpuProfile, summarizeProfile } from './profile-summary.js'

function main(argv: string[]): void {
  const top = Number(argv.find((a) => a.startsWith('--top='))?.slice(6) ?? 25)
  const files = argv.filter((a) => !a.startsWith('--'))
  if (files.length === 0) {
    console.error('usage: pnpm run profile:summary FILE.cpuprofile … [--top=25]')
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

main(process.argv.slice(2))
