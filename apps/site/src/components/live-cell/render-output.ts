// What a live run printed, as the same elements the page shows for the build-time output: text in
// <pre class="code-cell-output">, each figure (a printed `<svg`…`</svg>`) in .code-cell-figure, split
// by the very function the build uses. Lines the cell wrote to stderr get a block of their own.
import { type CellOutput, splitOutputs } from '../../../../../docs/scripts/split-outputs.js'
import type { ConsoleStream } from './messages'

/** One console call of a run: its stream and what it printed. */
export interface ConsoleLine {
  stream: ConsoleStream
  text: string
}

/** Makes an element of the cell (with the attributes its scoped styles need). */
export type ElementMaker = (tag: 'pre' | 'div', className: string) => HTMLElement

/**
 * The elements that show a run's console output, in order.
 *
 * @example
 * ```ts
 * const make = (tag, className) => Object.assign(document.createElement(tag), { className })
 * outputElements([{ stream: 'out', text: 'loss 0.5' }], make)
 * // [<pre class="code-cell-output">loss 0.5</pre>]
 * ```
 */
export function outputElements(lines: readonly ConsoleLine[], make: ElementMaker): HTMLElement[] {
  const elements: HTMLElement[] = []
  for (const group of byStream(lines)) {
    const text = group.lines.join('\n')
    if (group.stream === 'err') {
      elements.push(textBlock(make, text, 'code-cell-output live-cell-stderr'))
      continue
    }
    for (const output of splitOrText(text)) {
      elements.push(
        output.kind === 'text'
          ? textBlock(make, output.text, 'code-cell-output')
          : figure(make, output.svg),
      )
    }
  }
  return elements
}

function byStream(lines: readonly ConsoleLine[]): { stream: ConsoleStream; lines: string[] }[] {
  const groups: { stream: ConsoleStream; lines: string[] }[] = []
  for (const line of lines) {
    const last = groups.at(-1)
    if (last?.stream === line.stream) last.lines.push(line.text)
    else groups.push({ stream: line.stream, lines: [line.text] })
  }
  return groups
}

/** The build fails on a figure that is never closed; a live run shows that text as it came. */
function splitOrText(text: string): CellOutput[] {
  try {
    return splitOutputs(text)
  } catch {
    return [{ kind: 'text', text }]
  }
}

function textBlock(make: ElementMaker, text: string, className: string): HTMLElement {
  const pre = make('pre', className)
  pre.tabIndex = 0 // wide output scrolls sideways; the keyboard must reach it
  pre.textContent = text
  return pre
}

function figure(make: ElementMaker, svg: string): HTMLElement {
  const box = make('div', 'code-cell-figure')
  box.tabIndex = 0
  // Parsed in an inert <template>, as the build's set:html parses it. The cell's code ran in its
  // worker; nothing it prints may run script in the page.
  const template = document.createElement('template')
  template.innerHTML = svg
  for (const element of template.content.querySelectorAll('*')) {
    if (/^(script|foreignobject|iframe|object|embed)$/i.test(element.tagName)) {
      element.remove()
      continue
    }
    for (const { name, value } of [...element.attributes]) {
      if (/^on/i.test(name) || /^\s*javascript:/i.test(value)) element.removeAttribute(name)
    }
  }
  box.append(template.content)
  return box
}
