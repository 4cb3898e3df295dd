// A cell and its Chinese twin (<name>.zh-cn.ts) run the same code and differ only in comments and in
// the words of their figures, so every check of the cell holds for the twin, and both print the same.
import { describe, expect, it } from 'vitest'
import { type CellRun, recordedRun } from '../../scripts/example-runner.js'
import { textOf } from './outputs.js'

/** Runs `checks` on the recorded runs of `cell` and of its twin, and compares their printed text. */
export function describeWithTwin(cell: string, checks: (run: CellRun, name: string) => void): void {
  for (const name of [cell, `${cell}.zh-cn`]) describe(name, () => checks(recordedRun(name), name))
  it(`${cell}.zh-cn prints what ${cell} prints`, () => {
    expect(textOf(recordedRun(`${cell}.zh-cn`))).toBe(textOf(recordedRun(cell)))
  })
}
