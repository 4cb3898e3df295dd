import { describeValue, ValueError } from '@d2l-ts/tensor'
import { CsvTableReader, checkDelimiter, type ReadCSVOptions } from './csv.js'
import { CsvRecordSplitter } from './csv-records.js'
import { checkTableOptions, type TableData } from './table.js'

/**
 * Features and labels from a CSV file, read as a stream (Node.js only): the text is never held whole,
 * so files past V8's string limit (about 512 MB) work, and memory grows with the float32 tensors, not
 * with the text. Everything else is as {@link readCSV}: the same parser, the same rule for numbers, the
 * same invalid-row policy and messages (rows counted from 1 after the header). Line breaks are `\n` or
 * `\r\n` (a file that uses lone `\r` is read, but held whole).
 *
 * @param path the file's path, or a `file:` URL.
 * @throws {ValueError} as {@link readCSV}, and for a file that does not exist or cannot be read.
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs'
 * import { readCSVFile } from '@d2l-ts/data'
 * writeFileSync('houses.csv', 'area,age,price\n120,5,330\n80,NA,190\n95,12,210\n')
 * const { X, dropped } = await readCSVFile('houses.csv', {
 *   features: ['area', 'age'],
 *   target: 'price',
 *   invalid: 'drop',
 * })
 * X.arraySync() // [[120, 5], [95, 12]]
 * dropped // 1
 * ```
 */
export async function readCSVFile(path: string | URL, options: ReadCSVOptions): Promise<TableData> {
  const checked = checkTableOptions(options)
  const delimiter = checkDelimiter(options.delimiter)
  if (typeof path !== 'string' && !(path instanceof URL)) {
    throw new ValueError({
      argument: 'path',
      expected: "a file's path or file: URL",
      received: describeValue(path),
    })
  }
  const { createReadStream } = await import('node:fs')
  const reader = new CsvTableReader('path', delimiter, checked)
  const splitter = new CsvRecordSplitter(delimiter)
  // The utf8 decoder of the stream keeps a character that is split between two reads whole.
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })
  let first = true
  try {
    for await (const piece of stream as AsyncIterable<string>) {
      const text = first ? piece.replace(/^\uFEFF/, '') : piece
      first = false
      reader.read(splitter.push(text))
    }
  } catch (error) {
    const code = (error as { code?: string }).code
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      throw new ValueError({
        argument: 'path',
        expected: 'a CSV file that can be read',
        received: `${JSON.stringify(String(path))} (${code === 'ENOENT' ? 'no such file' : code})`,
      })
    }
    throw error
  } finally {
    stream.destroy()
  }
  reader.read(splitter.end())
  return reader.finish()
}
