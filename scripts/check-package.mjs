// Checks the published form of the package in the current directory: packs it with pnpm (so that
// workspace: and catalog: versions are replaced as on publish), then runs publint and
// @arethetypeswrong/cli on the tarball. ESM-only packages: attw ignores the CommonJS resolutions.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const out = mkdtempSync(join(tmpdir(), 'd2l-ts-pack-'))
const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' })
try {
  execFileSync('pnpm', ['pack', '--pack-destination', out], {
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const tarball = join(
    out,
    readdirSync(out).find((f) => f.endsWith('.tgz')),
  )
  run('publint', ['--strict', tarball])
  run('attw', [tarball, '--profile', 'esm-only'])
} catch {
  process.exitCode = 1
} finally {
  rmSync(out, { recursive: true, force: true })
}
