// Pieces every demo's frame shares: the labelled region, the backend label, the error box, and the
// way a message from the packages (which speak English) is shown on a page in another language.
import { OKABE_ITO } from '@d2l-ts/plot'
import type { ComponentChildren } from 'preact'
import { useId } from 'preact/hooks'
import type { DemoStrings } from './demo-strings'
import { messageOf } from './use-backend'
import './demos.css'

// The demos' colours are the plot package's (Okabe–Ito), handed to demos.css as custom properties.
const PALETTE_STYLE = {
  '--d2l-demo-accent': OKABE_ITO.blue,
  '--d2l-demo-accent-soft': OKABE_ITO.skyBlue,
  '--d2l-demo-error': OKABE_ITO.vermillion,
  '--d2l-demo-ok': OKABE_ITO.bluishGreen,
}

interface FrameProps {
  title: string
  name: string
  strings: DemoStrings
  backend: string | null
  backendError: unknown
  /** memory().numTensors after the demo's last piece of work, as data-tensors (for leak checks). */
  tensors?: number | null
  /** A state the frame shows (demos.css): `diverged` draws it in the error colour. */
  state?: 'diverged' | undefined
  children: ComponentChildren
}

/**
 * A page-unique id for a demo's element. Preact's useId counts from the same start in every island
 * (each island is its own root), so ids are prefixed with the demo's name; the result is the same
 * on the server and in the browser, as hydration needs.
 */
export function useDemoId(demo: string): string {
  return `d2l-${demo}-${useId()}`
}

/** A demo's box: a region named by its title, with the backend in use shown at the top right. */
export function DemoFrame({
  title,
  name,
  strings,
  backend,
  backendError,
  tensors,
  state,
  children,
}: FrameProps) {
  const titleId = useDemoId(name)
  return (
    // not-content: Starlight's Markdown styles stay out of the demo's own layout.
    <section
      class="d2l-demo not-content"
      data-demo={name}
      data-tensors={tensors ?? undefined}
      data-state={state}
      aria-labelledby={titleId}
      style={PALETTE_STYLE as Record<string, string>}
    >
      <div class="d2l-demo-head">
        <p class="d2l-demo-title" id={titleId}>
          {title}
        </p>
        <p class="d2l-demo-backend">
          {strings.common.backend}
          {strings.common.colon}
          {backend ? (
            <code data-testid="backend">{backend}</code>
          ) : (
            <span class="d2l-demo-muted">{strings.common.choosingBackend}</span>
          )}
        </p>
      </div>
      {backendError ? (
        <ErrorBox lead={strings.common.backendFailed} error={backendError} strings={strings} />
      ) : null}
      {children}
    </section>
  )
}

/** An error, shown in the demo rather than left in the console: the page's words, then the detail. */
export function ErrorBox({
  lead,
  error,
  strings,
}: {
  lead: string
  error: unknown
  strings: DemoStrings
}) {
  return (
    <div class="d2l-demo-error" role="alert" data-testid="error">
      <strong>{lead}</strong> <TechnicalDetail text={messageOf(error)} strings={strings} />
    </div>
  )
}

/**
 * A message written by the packages, in English: inline on English pages; on other pages folded
 * under a summary in the page's language and marked as English, so that the page reads in its own
 * language and a reader who wants the detail (or a bug report) still has it.
 */
export function TechnicalDetail({ text, strings }: { text: string; strings: DemoStrings }) {
  const summary = strings.common.detailInEnglish
  if (summary === null) return <span>{text}</span>
  return (
    <details class="d2l-demo-detail">
      <summary>{summary}</summary>
      <span lang="en">{text}</span>
    </details>
  )
}
