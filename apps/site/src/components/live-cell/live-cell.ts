// The controller of the live cells on a page, loaded by cell-loader.ts at the first press of a
// cell's button: it runs the cell in a worker (cell-run.ts), shows the output in place of the
// build-time output, mounts the editor on Edit, ends a run on Stop and puts everything back on Reset.
import './live-cell.css'
import type { CellEditor } from './cell-editor'
import { CELL_MODULE_NAMES } from './cell-imports'
import { type CellRun, type RunEnding, startRun } from './cell-run'
import { type ConsoleLine, type ElementMaker, outputElements } from './render-output'
import { type CellLocale, cellStrings } from './strings'

/** Where a cell stands; also its root's `data-cell-state`, which tests and styles read. */
export type CellState = 'built' | 'running' | 'done' | 'failed' | 'stopped'

const cells = new WeakMap<HTMLElement, LiveCell>()

/**
 * Does what a cell's button asks: `data-cell-edit`, `data-cell-run`, `data-cell-stop` or
 * `data-cell-reset`, on the cell whose root (`data-cell`) holds it.
 *
 * @example
 * ```ts
 * const root = document.querySelector<HTMLElement>('[data-cell="quickstart"]')!
 * press(root, root.querySelector<HTMLElement>('[data-cell-run]')!) // runs it in a worker
 * ```
 */
export function press(root: HTMLElement, button: HTMLElement): void {
  let cell = cells.get(root)
  if (!cell) {
    cell = new LiveCell(root)
    cells.set(root, cell)
  }
  if (button.hasAttribute('data-cell-edit')) void cell.edit()
  else if (button.hasAttribute('data-cell-run')) cell.run()
  else if (button.hasAttribute('data-cell-stop')) cell.stop()
  else if (button.hasAttribute('data-cell-reset')) cell.reset()
}

class LiveCell {
  private readonly name: string
  private readonly strings: ReturnType<typeof cellStrings>
  private readonly source: string
  private readonly code: HTMLElement
  private readonly output: HTMLElement
  private readonly caption: HTMLElement
  private readonly buttons: Record<'edit' | 'run' | 'stop' | 'reset', HTMLButtonElement>
  private readonly builtOutput: Node[]
  private readonly builtCaption: string
  private readonly make: ElementMaker
  private editor: CellEditor | undefined
  private editorBox: HTMLElement | undefined
  private editorLoading: Promise<void> | undefined
  private current: CellRun | undefined
  private lines: ConsoleLine[] = []
  private notices: HTMLElement[] = []
  private backend: string | null = null
  private renderQueued = false
  private resets = 0

  constructor(private readonly root: HTMLElement) {
    const part = <T extends HTMLElement>(selector: string) => {
      const found = root.querySelector<T>(selector)
      if (!found) throw new Error(`live cell ${root.dataset.cell}: no ${selector}`)
      return found
    }
    this.name = root.dataset.cell ?? ''
    this.strings = cellStrings((root.dataset.cellLocale as CellLocale | undefined) ?? 'en')
    this.source = part<HTMLTemplateElement>('template[data-cell-source]').content.textContent ?? ''
    this.code = part('[data-cell-code]')
    this.output = part('[data-cell-output]')
    this.caption = part('[data-cell-caption]')
    this.buttons = {
      edit: part('[data-cell-edit]'),
      run: part('[data-cell-run]'),
      stop: part('[data-cell-stop]'),
      reset: part('[data-cell-reset]'),
    }
    this.builtOutput = [...this.output.childNodes].map((node) => node.cloneNode(true))
    this.builtCaption = this.caption.textContent ?? ''
    // Astro scopes CodeCell's styles with an astro-* class (Starlight's strategy) or a
    // data-astro-cid-* attribute; elements made here carry the root's, so that live output looks
    // exactly like the build-time output.
    const scopeClasses = [...root.classList].filter((name) => name.startsWith('astro-'))
    const scopeAttributes = [...root.attributes].filter((a) => a.name.startsWith('data-astro-cid-'))
    this.make = (tag, className) => {
      const element = document.createElement(tag)
      element.className = [className, ...scopeClasses].join(' ')
      for (const { name, value } of scopeAttributes) element.setAttribute(name, value)
      return element
    }
  }

  edit(): Promise<void> {
    if (this.editor) {
      this.editor.focus()
      return Promise.resolve()
    }
    this.editorLoading ??= this.mountEditor().finally(() => {
      this.editorLoading = undefined
    })
    return this.editorLoading
  }

  run(): void {
    this.current?.stop()
    this.lines = []
    this.notices = []
    this.backend = null
    this.setState('running', this.strings.running(null))
    this.render()
    const run = startRun(this.editor?.text ?? this.source, {
      onBackend: (backend) => {
        this.backend = backend
        this.caption.textContent = this.strings.running(backend)
      },
      onConsole: (message) => {
        if (message.kind === 'console') this.lines.push(message)
        else this.notices.push(this.notice(this.strings.truncated(message.lines), 'notice'))
        this.queueRender()
      },
      onEnd: (ending) => {
        if (this.current === run) this.finish(ending)
      },
    })
    this.current = run
  }

  stop(): void {
    if (!this.current) return
    this.current.stop()
    this.current = undefined
    this.notices.push(this.notice(this.strings.stoppedNotice, 'notice'))
    this.setState('stopped', this.strings.stopped(this.backend))
    this.render()
  }

  reset(): void {
    this.resets++
    this.current?.stop()
    this.current = undefined
    this.editor?.destroy()
    this.editorBox?.remove()
    this.editor = undefined
    this.editorBox = undefined
    this.code.hidden = false
    this.output.replaceChildren(...this.builtOutput.map((node) => node.cloneNode(true)))
    this.setState('built', this.builtCaption)
  }

  private async mountEditor(): Promise<void> {
    const resets = this.resets
    const { mountEditor } = await import('./cell-editor')
    if (resets !== this.resets) return // Reset was pressed while the editor loaded
    // not-content: Starlight's Markdown spacing would put a margin between the editor's lines
    const box = this.make('div', 'live-cell-editor not-content')
    box.dataset.cellEditor = ''
    this.code.after(box)
    this.editor = mountEditor(box, {
      source: this.source,
      label: this.strings.editorLabel(this.name),
      onRun: () => this.run(),
    })
    this.editorBox = box
    this.code.hidden = true
    this.editor.focus()
    this.updateButtons()
  }

  private finish(ending: RunEnding): void {
    this.current = undefined
    if (ending.kind === 'done') {
      this.setState('done', this.strings.done(this.backend, ending.seconds))
    } else {
      this.notices.push(this.notice(this.failureText(ending), 'error'))
      this.setState('failed', this.strings.failed(this.backend))
    }
    this.render()
  }

  private failureText(ending: Exclude<RunEnding, { kind: 'done' }>): string {
    const t = this.strings
    if (ending.kind === 'crashed') return t.loadFailed(ending.message)
    const { failure } = ending
    switch (failure.kind) {
      case 'syntax':
        return t.syntax(failure.message, failure.line)
      case 'thrown':
        return t.thrown(failure.error.name, failure.error.message, failure.error.line)
      case 'import':
        if (failure.reason === 'node') return t.nodeImport(failure.specifier, this.name)
        if (failure.reason === 'relative') {
          return t.relativeImport(failure.specifier, CELL_MODULE_NAMES)
        }
        return t.unknownImport(failure.specifier, CELL_MODULE_NAMES)
    }
  }

  private notice(text: string, kind: 'notice' | 'error'): HTMLElement {
    const pre = this.make('pre', `code-cell-output live-cell-${kind}`)
    pre.textContent = text
    return pre
  }

  private setState(state: CellState, caption: string): void {
    this.root.dataset.cellState = state
    this.caption.textContent = caption
    this.updateButtons()
  }

  private updateButtons(): void {
    const state = this.root.dataset.cellState
    this.disable(this.buttons.stop, state !== 'running')
    this.disable(this.buttons.reset, state === 'built' && !this.editor)
  }

  /** A button disabled while it has the focus would drop the focus on the page; Run takes it. */
  private disable(button: HTMLButtonElement, disabled: boolean): void {
    const hadFocus = document.activeElement === button
    button.disabled = disabled
    if (disabled && hadFocus) this.buttons.run.focus()
  }

  /** Console messages can come faster than frames: draw at most once per frame. */
  private queueRender(): void {
    if (this.renderQueued) return
    this.renderQueued = true
    requestAnimationFrame(() => {
      this.renderQueued = false
      // A reset since the frame was asked for has put the build-time output back: keep it.
      if (this.root.dataset.cellState !== 'built') this.render()
    })
  }

  private render(): void {
    this.output.replaceChildren(...outputElements(this.lines, this.make), ...this.notices)
  }
}
