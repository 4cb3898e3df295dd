import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { packAll } from './workspace-packages.js'

// A user's project: an empty folder, the packed tarballs installed with npm (no workspace, no
// pnpm), and plain `node script.mjs` — no bundler, no TypeScript.
const project = mkdtempSync(join(tmpdir(), 'd2l-ts-consumer-'))

function runScript(name: string): string {
  cpSync(new URL(`./scripts/${name}`, import.meta.url), join(project, name))
  return execFileSync(process.execPath, [name], { cwd: project, encoding: 'utf8' })
}

beforeAll(() => {
  const tarballs = packAll(join(project, 'tarballs'))
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', type: 'module' }))
  execFileSync(
    'npm',
    ['install', '--no-audit', '--no-fund', ...tarballs, '@tensorflow/tfjs-backend-wasm@4.22.0'],
    { cwd: project, stdio: ['ignore', 'ignore', 'inherit'] },
  )
  return () => rmSync(project, { recursive: true, force: true })
})

describe('the packed packages in plain Node ESM', () => {
  it('@d2l-ts/tensor computes grad(sum(x²)) = [2, 4, 6] on cpu and on wasm', () => {
    expect(runScript('tensor-grad.mjs').trim().split('\n')).toEqual([
      'cpu [ 2, 4, 6 ]',
      'wasm [ 2, 4, 6 ]',
    ])
  })

  it('@d2l-ts/models-linear runs the 3.3 workflow and the closed form, recovering w and b', () => {
    const { sgd, closedForm, loss } = JSON.parse(runScript('linear-regression.mjs'))
    for (const { w, b } of [sgd, closedForm]) {
      expect(Math.abs(w[0][0] - 2)).toBeLessThan(0.01)
      expect(Math.abs(w[1][0] + 3.4)).toBeLessThan(0.01)
      expect(Math.abs(b[0] - 4.2)).toBeLessThan(0.01)
    }
    expect(loss).toHaveLength(3)
    expect(loss[2]).toBeLessThan(1e-4)
  })

  // Last: it removes the optional wasm package from the project.
  it('names the package to install when an optional backend is missing', () => {
    rmSync(join(project, 'node_modules/@tensorflow/tfjs-backend-wasm'), { recursive: true })
    expect(runScript('missing-backend.mjs').trim()).toBe(
      'BackendError: the wasm backend is not available: its package is not installed: ' +
        'run npm i @tensorflow/tfjs-backend-wasm@4.22.0. Available here: cpu.',
    )
  })
})
