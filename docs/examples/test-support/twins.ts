// A cell and its Chinese twin (<name>.zh-cn.ts) run the same code and differ only in comments and in
// the words of their figures, so every check of the cell holds for the twin, and both print the same.
import { describe, expect, it } from 'vitest'
import { type CellRun, recordedRun } from '../../scripts/example-runner.js'
import { figuresOf, textOf } from './outputs.js'

const HAN = /[\u4e00-\u9fff]/

/**
 * What a figure draws, words left out: the geometry of every path, line and circle. The legend, drawn
 * last, is left out too: its box is sized by its words, and a wider Chinese one may go under the
 * figure where the English one fits in a corner.
 */
function shapesOf(svg: string): string[] {
  const legend = svg.indexOf('<g class="legend"')
  const drawing = legend === -1 ? svg : svg.slice(0, legend)
  return [...drawing.matchAll(/<(?:path|line|circle)\b[^>]*>/g)].map((m) => m[0])
}

/** A cell's text with every number replaced by `#`: what a run that times things always prints. */
function withoutNumbers(text: string): string {
  return text.replace(/\d+(?:\.\d+)?(?:e[+-]?\d+)?/gi, '#')
}

/**
 * Checks that `<cell>.zh-cn` is a true twin of `cell`: the same printed text (for a cell that times
 * things, the same lines up to the measured numbers), figures that draw the same shapes, and figure
 * titles (the accessible name a screen reader says) in Chinese.
 */
export function itHasAChineseTwin(cell: string, { timed = false } = {}): void {
  describe(`${cell}.zh-cn, the Chinese twin`, () => {
    const en = recordedRun(cell)
    const zh = recordedRun(`${cell}.zh-cn`)

    it(`prints what ${cell} prints`, () => {
      const shown = timed ? withoutNumbers : (text: string) => text
      expect(shown(textOf(zh))).toBe(shown(textOf(en)))
    })

    it('draws the same figures, titled in Chinese', () => {
      const [enFigures, zhFigures] = [figuresOf(en), figuresOf(zh)]
      expect(zhFigures).toHaveLength(enFigures.length)
      for (const [i, svg] of zhFigures.entries()) {
        expect(shapesOf(svg)).toEqual(shapesOf(enFigures[i] as string))
        expect(/<title>([^<]*)<\/title>/.exec(svg)?.[1]).toMatch(HAN)
      }
    })
  })
}

/** Runs `checks` on the recorded runs of `cell` and of its Chinese twin, then {@link itHasAChineseTwin}. */
export function describeWithTwin(cell: string, checks: (run: CellRun, name: string) => void): void {
  for (const name of [cell, `${cell}.zh-cn`]) describe(name, () => checks(recordedRun(name), name))
  itHasAChineseTwin(cell)
}
