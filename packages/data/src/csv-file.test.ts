import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ValueError } from '@d2l-ts/tensor'
import { dsvFormat } from 'd3-dsv'
import { afterAll, describe, expect, it } from 'vitest'
import { readCSV } from './csv.js'
import { readCSVFile } from './csv-file.js'
import { CsvRecordSplitter } from './csv-records.js'

const folder = mkdtempSync(join(tmpdir(), 'd2l-ts-csv-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

// Texts that test every corner of the quoting rules, each with and without a final line break.
const TRICKY = [
  'a,b,y\n1,2,3\n4,5,6',
  'a,b,y\r\n1,2,3\r\n\r\n4,5,6\r\n',
  'a,b,y\n"1","2","3"\n"4,0",5,6\n',
  'a,b,y\n"x\ny",2,3\n"say ""hi""\r\n",5,6\n\n\n',
  'a,b,y\n1,2"3,4\n"q"x,5,6\n""\n7,8,9',
  'a,b,y\n1,2,3\r4,5,6\r\n7,8,"9\r\n"\n',
  'a,b,y\n,,\n"","",""\n1,2,\n',
]

/** Cuts text into pieces of the given sizes, cycling through them. */
function pieces(text: string, sizes: readonly number[]): string[] {
  const out: string[] = []
  for (let at = 0, k = 0; at < text.length; k++) {
    const size = sizes[k % sizes.length] as number
    out.push(text.slice(at, at + size))
    at += size
  }
  return out
}

describe('CsvRecordSplitter', () => {
  it('cuts text so that d3-dsv parses the runs as it parses the whole text', () => {
    const parse = dsvFormat(',').parseRows
    for (const body of TRICKY) {
      for (const text of [body, `${body}\n`]) {
        const whole = parse(text)
        for (const sizes of [[1], [2], [3], [7], [1, 5, 2], [text.length]]) {
          const splitter = new CsvRecordSplitter(',')
          const runs = pieces(text, sizes).map((p) => splitter.push(p))
          runs.push(splitter.end())
          expect(runs.join('')).toBe(text)
          expect(runs.flatMap((run) => (run === '' ? [] : parse(run)))).toEqual(whole)
        }
      }
    }
  })

  it('holds back nothing but the unfinished record', () => {
    const splitter = new CsvRecordSplitter(';')
    expect(splitter.push('a;b\n1;"2\n')).toBe('a;b\n')
    expect(splitter.push('3"\n4;')).toBe('1;"2\n3"\n')
    expect(splitter.end()).toBe('4;')
  })
})

describe('readCSVFile', () => {
  it('reads a file as readCSV reads its text, bad rows and all', async () => {
    // 60 000 rows (about 2 MB), read in 1 MiB pieces; every 97th row has NA in b.
    const lines = ['a,b,y']
    for (let i = 0; i < 60_000; i++) {
      lines.push(`${i * 0.25},${i % 97 === 0 ? 'NA' : `"${(i % 13) - 6}"`},${-i / 8}`)
    }
    const text = `\uFEFF${lines.join('\r\n')}\r\n`
    const file = join(folder, 'big.csv')
    writeFileSync(file, text)
    const options = { features: ['a', 'b'], target: 'y', invalid: 'drop' } as const
    const fromFile = await readCSVFile(file, options)
    const fromText = readCSV(text, options)
    expect(fromFile.dropped).toBe(Math.ceil(60_000 / 97))
    expect(fromFile.dropped).toBe(fromText.dropped)
    expect(fromFile.X.shape).toEqual(fromText.X.shape)
    expect(fromFile.X.dataSync()).toEqual(fromText.X.dataSync())
    expect(fromFile.y.dataSync()).toEqual(fromText.y.dataSync())
    expect(fromFile.y.dataSync()[0]).toBe(-1 / 8) // row 1 is dropped; row 2 has y = −1/8
    const error = await readCSVFile(new URL(`file://${file}`), {
      ...options,
      invalid: 'error',
    }).catch((e) => e)
    expect(error).toBeInstanceOf(ValueError)
    expect(error.message).toBe(
      (() => {
        try {
          readCSV(text, { ...options, invalid: 'error' })
        } catch (e) {
          return (e as Error).message
        }
      })(),
    )
    expect(error.message).toContain('row 1, column "b"')
  })

  it('reads each tricky text as readCSV does, in a file', async () => {
    for (const [k, text] of TRICKY.entries()) {
      const file = join(folder, `tricky-${k}.csv`)
      writeFileSync(file, text)
      const options = { features: ['a', 'b'], target: 'y', invalid: 'drop' } as const
      const outcome = (f: () => unknown) => {
        try {
          const { X, y, dropped } = f() as ReturnType<typeof readCSV>
          return { X: X.arraySync(), y: y.arraySync(), dropped }
        } catch (e) {
          return (e as Error).message.replace(/^text:/, 'path:')
        }
      }
      const fromFile = await readCSVFile(file, options).then(
        (t) => outcome(() => t),
        (e) => (e as Error).message,
      )
      expect(fromFile).toEqual(outcome(() => readCSV(text, options)))
    }
  })

  it('names a missing file and an empty one', async () => {
    const missing = join(folder, 'none.csv')
    await expect(readCSVFile(missing, { features: ['a'], target: 'y' })).rejects.toThrow(
      `path: expected a CSV file that can be read, received ${JSON.stringify(missing)} (no such file)`,
    )
    const empty = join(folder, 'empty.csv')
    writeFileSync(empty, '')
    await expect(readCSVFile(empty, { features: ['a'], target: 'y' })).rejects.toThrow(
      'path: expected a header line naming the columns, received an empty file',
    )
  })
})
