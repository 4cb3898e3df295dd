import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import os from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The machine a run was measured on: ratios only compare within one run, on one machine. */
export interface MachineInfo {
  cpu: string
  cores: number
  /** os.availableParallelism(): the cores this process may use. */
  availableParallelism: number
  totalMemoryBytes: number
  platform: string
  release: string
  arch: string
  node: string
  v8: string
  /** 1-, 5- and 15-minute load averages when the run began: other work on a shared machine adds noise. */
  loadAverageAtStart: number[]
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus()
  return {
    cpu: cpus[0]?.model.trim() ?? cpuModelFromProc() ?? 'unknown',
    cores: cpus.length,
    availableParallelism: os.availableParallelism(),
    totalMemoryBytes: os.totalmem(),
    platform: os.platform(),
    release: os.release(),
    arch: os.arch(),
    node: process.version,
    v8: process.versions.v8,
    loadAverageAtStart: os.loadavg().map((v) => Math.round(v * 100) / 100),
  }
}

function cpuModelFromProc(): string | undefined {
  try {
    return /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim()
  } catch {
    return undefined
  }
}

/** Versions of the libraries in the run: the package.json above each one's resolved entry point. */
export function libraryVersions(names: readonly string[]): Record<string, string> {
  const versions: Record<string, string> = {}
  for (const name of names) versions[name] = versionOf(name) ?? 'unknown'
  return versions
}

function versionOf(name: string): string | undefined {
  let dir: string
  try {
    dir = dirname(fileURLToPath(import.meta.resolve(name)))
  } catch {
    return undefined
  }
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string
        version?: string
      }
      if (pkg.name === name) return pkg.version
    } catch {
      // no package.json here: keep climbing
    }
    const parent = dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}

/** The code measured: the commit, local changes under packages/, and when the measured dist was built. */
export interface CodeVersion {
  commit: string
  /** Paths under packages/ that differ from the commit, as `git status --porcelain` lists them. */
  uncommittedInPackages: string[]
  /** Newest file in the dist/ of the packages the bench runs (the built packages, not their src). */
  distBuilt?: string
}

/** The workspace packages whose built code a d2l-ts run executes. */
const MEASURED_PACKAGES = [
  'models/linear',
  'data',
  'tensor',
  'train',
  'optim/sgd',
  'losses',
  'utils/timer',
]

export function codeVersion(cwd: string): CodeVersion | undefined {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd, encoding: 'utf8' }).trimEnd()
    const root = git('rev-parse', '--show-toplevel')
    // Not trimmed at the start: each porcelain line begins with a two-letter status and a space.
    const status = git('-C', root, 'status', '--porcelain', '--', 'packages')
    const version: CodeVersion = {
      commit: git('rev-parse', 'HEAD'),
      uncommittedInPackages: status ? status.split('\n').map((line) => line.slice(3)) : [],
    }
    const newest = Math.max(
      ...MEASURED_PACKAGES.flatMap((path) => {
        const dist = join(root, 'packages', path, 'dist')
        return readdirSync(dist).map((f) => statSync(join(dist, f)).mtimeMs)
      }),
    )
    if (Number.isFinite(newest)) version.distBuilt = new Date(newest).toISOString()
    return version
  } catch {
    return undefined
  }
}
