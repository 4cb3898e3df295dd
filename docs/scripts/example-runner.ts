import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { promisify } from 'node:util'
import { type CellOutput, splitOutputs } from './split-outputs.js'

export { type CellOutput, splitOutputs }

const run = promisify(execFile)

/** Where the code cells live: one TypeScript file per cell, named after what it shows. */
export const EXAMPLES_DIR = new URL('../examples/', import.meta.url).pathname

/** Where the build records each cell's run, one `<name>.json` per cell; the site and the tests read it. */
export const RECORDED_DIR = new URL('../.generated/examples/', import.meta.url).pathname

/** A cell's recorded run, as the site shows it. */
export interface CellRun {
  name: string
  outputs: CellOutput[]
  /** How long the cell took, in seconds. */
  seconds: number
  node: string
}

/** The names of every code cell, in alphabetical order. */
export function exampleNames(): string[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => basename(f, '.ts'))
    .sort()
}

/**
 * Runs one cell as a reader would (`node --import tsx examples/<name>.ts`) and splits what it printed
 * into text and SVG figures: a line that starts with `<svg` opens a figure, the line that ends with
 * `</svg>` closes it.
 *
 * @throws when the cell exits with an error, with its stderr.
 */
export async function runExample(name: string): Promise<CellRun> {
  const started = performance.now()
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', join(EXAMPLES_DIR, `${name}.ts`)],
    {
      cwd: join(EXAMPLES_DIR, '..'),
      maxBuffer: 64 * 1024 * 1024,
      timeout: 120_000,
    },
  ).catch((error: { stderr?: string; message: string }) => {
    throw new Error(`code cell ${name} failed:\n${error.stderr || error.message}`)
  })
  return {
    name,
    outputs: splitOutputs(stdout),
    seconds: (performance.now() - started) / 1000,
    node: process.version,
  }
}

/** Runs one cell and records its run in {@link RECORDED_DIR}. */
export async function recordExample(name: string): Promise<CellRun> {
  const result = await runExample(name)
  mkdirSync(RECORDED_DIR, { recursive: true })
  writeFileSync(join(RECORDED_DIR, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`)
  return result
}

/**
 * The names of the cells whose recorded run is missing or older than their source, so that a test run
 * without a fresh build records only what changed.
 */
export function unrecordedExamples(): string[] {
  return exampleNames().filter((name) => {
    const recorded = join(RECORDED_DIR, `${name}.json`)
    return (
      !existsSync(recorded) ||
      statSync(recorded).mtimeMs < statSync(join(EXAMPLES_DIR, `${name}.ts`)).mtimeMs
    )
  })
}

/**
 * A cell's run as the build recorded it. The tests read this instead of running the cell again, so
 * every cell runs once per build and no test waits on a cell against a clock.
 *
 * @throws when the cell has not been recorded, saying how to record it.
 */
export function recordedRun(name: string): CellRun {
  const recorded = join(RECORDED_DIR, `${name}.json`)
  if (!existsSync(recorded)) {
    throw new Error(`code cell ${name} has no recorded run; run pnpm --filter @d2l-ts/docs build`)
  }
  return JSON.parse(readFileSync(recorded, 'utf8')) as CellRun
}
