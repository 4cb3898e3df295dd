import type { ImplementationId } from './implementations.js'
import type { Mode } from './workload.js'

/** The command line of `pnpm bench`. */
export interface BenchArgs {
  mode: Mode
  /** Workloads to run (W1 … W5); all when empty. */
  only: string[]
  /** Implementations to run; all when empty. */
  implementations: ImplementationId[]
  /** Write a V8 CPU profile of every d2l-ts child into results/profiles/. */
  profile: boolean
  /** Where to write the JSON; by default the file {@link resultFile} names. */
  out?: string
}

export const USAGE = `usage: pnpm bench [--quick] [--only=W1,W2,W3,W4,W5] [--impl=d2l-ts,typed-array,…] [--profile] [--out=FILE]
  --quick    smaller N for W2–W5, finishes in a few minutes
  --only     run only these workloads
  --impl     run only these implementations (the table then lacks the others' ratios)
  --profile  also write a .cpuprofile of each d2l-ts run into results/profiles/
  --out      write the JSON here instead`

/** Parses the arguments; a bare `--` (as pnpm may pass one on) is ignored. */
export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { mode: 'full', only: [], implementations: [], profile: false }
  for (const arg of argv) {
    if (arg === '--') continue
    const [flag, value] = arg.split('=', 2) as [string, string | undefined]
    const list = () => (value ?? '').split(',').filter(Boolean)
    switch (flag) {
      case '--quick':
        args.mode = 'quick'
        break
      case '--only':
        args.only = list().map((w) => w.toUpperCase())
        break
      case '--impl':
        args.implementations = list() as ImplementationId[]
        break
      case '--profile':
        args.profile = true
        break
      case '--out':
        if (value) args.out = value
        break
      default:
        throw new Error(`unknown argument ${arg}\n${USAGE}`)
    }
  }
  return args
}

/**
 * Where a run's JSON goes (in results/) unless --out says: latest.json, the committed record, only
 * for a full-size run of every workload and implementation; quick.json for a complete --quick run;
 * partial.json for a filtered or profiled one.
 */
export function resultFile(args: BenchArgs): 'latest.json' | 'quick.json' | 'partial.json' {
  const complete = args.only.length === 0 && args.implementations.length === 0 && !args.profile
  if (!complete) return 'partial.json'
  return args.mode === 'full' ? 'latest.json' : 'quick.json'
}
