// The only live-cell code a page loads with it: one listener for the buttons of every cell on the
// page, which imports the controller (live-cell.ts) at the first press. The editor, the transpiler
// and the packages come later still, each when it is first needed.

const CONTROLS = '[data-cell-edit], [data-cell-run], [data-cell-stop], [data-cell-reset]'

type Controller = typeof import('./live-cell')
let controller: Promise<Controller> | undefined

function loadController(): Promise<Controller> {
  controller ??= import('./live-cell').catch((error: unknown) => {
    controller = undefined // a later press tries again
    throw error
  })
  return controller
}

function controlOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(CONTROLS) : null
}

/**
 * Makes every cell's buttons work, loading the controller on first use. Called once per page.
 *
 * @example
 * ```ts
 * listenForCells() // in the page's <script>
 * ```
 */
export function listenForCells(): void {
  document.addEventListener('click', (event) => {
    const button = controlOf(event.target)
    const root = button?.closest<HTMLElement>('[data-cell]')
    if (!button || !root) return
    loadController().then(
      (live) => live.press(root, button),
      () => {
        const caption = root.querySelector('[data-cell-caption]')
        const message = button.closest<HTMLElement>('[data-cell-unavailable]')?.dataset
        if (caption) caption.textContent = message?.cellUnavailable ?? ''
      },
    )
  })
  // Focusing a button or pressing a pointer on it starts the download: by the click it is often in.
  for (const type of ['focusin', 'pointerdown']) {
    document.addEventListener(type, (event) => {
      if (controlOf(event.target)) loadController().catch(() => undefined)
    })
  }
}
