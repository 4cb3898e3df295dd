import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('../..', import.meta.url).pathname

interface WorkspacePackage {
  name: string
  path: string
  private?: boolean
}

/** The workspace's publishable packages (not private), as pnpm sees them. */
export function publicPackages(): WorkspacePackage[] {
  const listing = execFileSync('pnpm', ['ls', '-r', '--depth', '-1', '--json'], {
    cwd: root,
    encoding: 'utf8',
  })
  return (JSON.parse(listing) as WorkspacePackage[]).filter((p) => !p.private)
}

/**
 * Packs every public package with pnpm, as `pnpm publish` would (workspace: and catalog: versions
 * replaced), and returns the tarballs' paths.
 */
export function packAll(destination: string): string[] {
  mkdirSync(destination, { recursive: true })
  for (const pkg of publicPackages()) {
    execFileSync('pnpm', ['pack', '--pack-destination', destination], {
      cwd: pkg.path,
      stdio: ['ignore', 'ignore', 'inherit'],
    })
  }
  return readdirSync(destination)
    .filter((f) => f.endsWith('.tgz'))
    .map((f) => join(destination, f))
}
