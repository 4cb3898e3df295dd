// The editor of a live cell: CodeMirror 6 with TypeScript highlighting, undo history, bracket
// matching and closing, and Ctrl/Cmd+Enter to run. Loaded when the reader first presses Edit.
// Tab is left to move the focus (CodeMirror's advice for editors embedded in a page: a keyboard
// user must be able to leave them); indenting is Ctrl+] and Ctrl+[.
import { closeBrackets, closeBracketsKeymap } from '@codemirror/autocomplete'
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands'
import { javascript } from '@codemirror/lang-javascript'
import {
  bracketMatching,
  HighlightStyle,
  indentOnInput,
  syntaxHighlighting,
} from '@codemirror/language'
import { EditorState } from '@codemirror/state'
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view'
import { tags } from '@lezer/highlight'

/** An editor mounted in a cell. */
export interface CellEditor {
  /** The code as the reader has it now. */
  readonly text: string
  focus(): void
  destroy(): void
}

/** How to mount an editor. */
export interface EditorOptions {
  source: string
  /** The accessible name of the editing area. */
  label: string
  /** Called on Ctrl+Enter / Cmd+Enter / Shift+Enter. */
  onRun(): void
}

// Colours come from CSS variables (live-cell.css), so one style follows the site's light and dark
// themes; each pair meets WCAG AA contrast on the editor's background.
const highlight = HighlightStyle.define([
  { tag: [tags.keyword, tags.operatorKeyword, tags.modifier], color: 'var(--cell-keyword)' },
  { tag: [tags.string, tags.special(tags.string), tags.regexp], color: 'var(--cell-string)' },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: 'var(--cell-number)' },
  { tag: [tags.comment, tags.lineComment, tags.blockComment], color: 'var(--cell-comment)' },
  {
    tag: [tags.function(tags.variableName), tags.function(tags.propertyName)],
    color: 'var(--cell-function)',
  },
  { tag: [tags.typeName, tags.className, tags.namespace], color: 'var(--cell-type)' },
])

const look = EditorView.theme({
  '&': {
    backgroundColor: 'var(--sl-color-bg)',
    color: 'var(--sl-color-text)',
    border: '1px solid var(--sl-color-gray-5)',
    borderRadius: '0.25rem',
    fontSize: 'var(--sl-text-code, 0.875rem)',
  },
  '&.cm-focused': { outline: '2px solid var(--sl-color-text-accent)', outlineOffset: '1px' },
  '.cm-scroller': { fontFamily: 'var(--sl-font-mono, monospace)', lineHeight: '1.6' },
  '.cm-content': { caretColor: 'var(--sl-color-text)' },
  '.cm-gutters': {
    backgroundColor: 'var(--sl-color-bg)',
    color: 'var(--sl-color-gray-3)',
    border: 'none',
  },
  '.cm-activeLine, .cm-activeLineGutter': { backgroundColor: 'var(--cell-active-line)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground': {
    backgroundColor: 'var(--cell-selection)',
  },
})

/**
 * Mounts an editor holding `source` at the end of `parent`.
 *
 * @example
 * ```ts
 * const editor = mountEditor(box, { source: 'console.log(1)', label: 'Code', onRun: run })
 * editor.text // 'console.log(1)'
 * ```
 */
export function mountEditor(parent: HTMLElement, options: EditorOptions): CellEditor {
  const run = () => {
    options.onRun()
    return true
  }
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.source,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        closeBrackets(),
        highlightActiveLine(),
        javascript({ typescript: true }),
        syntaxHighlighting(highlight),
        look,
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': options.label }),
        keymap.of([
          { key: 'Mod-Enter', run },
          { key: 'Shift-Enter', run },
          ...closeBracketsKeymap,
          ...defaultKeymap,
          ...historyKeymap,
        ]),
      ],
    }),
  })
  return {
    get text() {
      return view.state.doc.toString()
    },
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  }
}
