// Internal: cuts CSV text that arrives in pieces into runs of whole records, so that each run can be
// parsed on its own by d3-dsv's parseRows with the same result as parsing the whole text at once. A
// run ends just after a line feed that ends a record (outside quotes). The scanner follows parseRows'
// own reading of quotes: a field is quoted only when it starts with a quote; "" inside it is a quote;
// the character after the closing quote ends the field, whatever it is.

const QUOTE = 34
const LINE_FEED = 10
const CARRIAGE_RETURN = 13

enum State {
  FieldStart,
  Unquoted,
  Quoted,
  /** A quote inside a quoted field: the next character tells an escaped quote from the end. */
  QuoteInQuoted,
}

export class CsvRecordSplitter {
  readonly #delimiter: number
  #pending = ''
  /** How far into #pending the scanner has read. */
  #scanned = 0
  #state = State.FieldStart

  constructor(delimiter: string) {
    this.#delimiter = delimiter.charCodeAt(0)
  }

  /** Adds text; returns the whole records now complete (a run ending in a line feed), or ''. */
  push(text: string): string {
    this.#pending += text
    const pending = this.#pending
    let cut = 0
    let state = this.#state
    for (let i = this.#scanned; i < pending.length; i++) {
      const c = pending.charCodeAt(i)
      switch (state) {
        case State.Quoted:
          if (c === QUOTE) state = State.QuoteInQuoted
          break
        case State.QuoteInQuoted:
          if (c === QUOTE) state = State.Quoted
          else {
            state = State.FieldStart
            if (c === LINE_FEED) cut = i + 1
          }
          break
        case State.FieldStart:
        case State.Unquoted:
          if (c === LINE_FEED) {
            state = State.FieldStart
            cut = i + 1
          } else if (c === this.#delimiter || c === CARRIAGE_RETURN) state = State.FieldStart
          else if (state === State.FieldStart) state = c === QUOTE ? State.Quoted : State.Unquoted
          break
      }
    }
    this.#state = state
    this.#pending = pending.slice(cut)
    this.#scanned = pending.length - cut
    return pending.slice(0, cut)
  }

  /** The text left at the end (the last record, when the text does not end in a line break). */
  end(): string {
    const rest = this.#pending
    this.#pending = ''
    this.#scanned = 0
    return rest
  }
}
