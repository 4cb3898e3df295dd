// Section 3.1.2 live: the element-by-element loop against one vectorized add, re-timed in the
// reader's browser on every backend it offers (vectorization-timing.ts does the measuring). The
// backend is switched for the run and switched back afterwards; the run holds the page-wide lock so
// that the other demos wait rather than train on a backend that is being timed.
import type { BackendInfo } from '@d2l-ts/tensor'
import { useState } from 'preact/hooks'
import { DemoFrame, ErrorBox, TechnicalDetail } from './demo-parts'
import { type DemoProps, formatNumber, stringsFor } from './demo-strings'
import {
  chooseBackend,
  exclusive,
  liveTensors,
  loadTensors,
  useBackend,
  yieldToPage,
} from './use-backend'
import type { BackendTiming } from './vectorization-timing'

/** The book's vector length (vectorization-timing.ts uses the same). */
const N = 10_000

interface RunState {
  running: boolean
  /** The backend being timed now, with its position among the available ones. */
  current: { backend: string; index: number; count: number } | null
  rows: BackendTiming[]
  unavailable: BackendInfo[]
  plainSeconds: number | null
  finished: boolean
}

const IDLE: RunState = {
  running: false,
  current: null,
  rows: [],
  unavailable: [],
  plainSeconds: null,
  finished: false,
}

const ms = (seconds: number) => formatNumber(seconds * 1000, 3)

export default function VectorizationDemo({ locale }: DemoProps) {
  const strings = stringsFor(locale)
  const t = strings.vectorization
  const { backend, error: backendError } = useBackend()
  const [run, setRun] = useState<RunState>(IDLE)
  const [error, setError] = useState<unknown>(null)
  const [tensors, setTensors] = useState<number | null>(null)

  const start = async () => {
    setError(null)
    setRun({ ...IDLE, running: true })
    try {
      const chosen = await chooseBackend()
      const [{ listBackends, setBackend }, { timeBackend, timePlainLoop }] = await Promise.all([
        loadTensors(),
        import('./vectorization-timing'),
      ])
      await exclusive(async () => {
        try {
          const all = await listBackends()
          const available = all.filter((b) => b.available)
          setRun((old) => ({ ...old, unavailable: all.filter((b) => !b.available) }))
          for (const [i, info] of available.entries()) {
            setRun((old) => ({
              ...old,
              current: { backend: info.name, index: i + 1, count: available.length },
            }))
            await yieldToPage() // show the progress before the work begins
            await setBackend(info.name)
            const timing = await timeBackend(info.name)
            setRun((old) => ({ ...old, rows: [...old.rows, timing] }))
            await yieldToPage()
          }
          const plainSeconds = await timePlainLoop()
          setRun((old) => ({ ...old, plainSeconds }))
        } finally {
          await setBackend(chosen) // back to the page's backend, whatever happened
        }
      })
      setRun((old) => ({ ...old, running: false, current: null, finished: true }))
    } catch (caught) {
      setError(caught)
      setRun((old) => ({ ...old, running: false, current: null }))
    } finally {
      setTensors(await liveTensors().catch(() => null))
    }
  }

  const status = run.running
    ? run.current
      ? t.timing(run.current.backend, run.current.index, run.current.count)
      : t.running
    : run.finished
      ? t.done(run.rows.length, backend ?? '')
      : t.idle

  return (
    <DemoFrame
      title={t.title}
      name="vectorization"
      strings={strings}
      backend={backend}
      backendError={backendError}
      tensors={tensors}
    >
      <p class="d2l-demo-note">{t.intro}</p>
      <div class="d2l-demo-buttons">
        <button
          type="button"
          data-testid="run"
          disabled={backend === null || run.running}
          onClick={start}
        >
          {run.running ? t.running : t.run}
        </button>
      </div>
      <p class="d2l-demo-status" role="status" aria-live="polite" data-testid="status">
        {status}
      </p>
      {error ? <ErrorBox lead={strings.common.failed} error={error} strings={strings} /> : null}
      {run.rows.length > 0 ? (
        <div aria-live="polite">
          <table class="d2l-demo-table" data-testid="results">
            <caption>{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.headBackend}</th>
                <th scope="col">{t.headLoop}</th>
                <th scope="col">{t.headVector}</th>
                <th scope="col">{t.headRatio}</th>
              </tr>
            </thead>
            <tbody>
              {run.rows.map((row) => {
                const scaled = row.measured < N
                return (
                  <tr key={row.backend}>
                    <th scope="row">
                      <code>{row.backend}</code>
                    </th>
                    <td>
                      {scaled ? '≈ ' : ''}
                      <span data-testid={`loop-${row.backend}`}>{ms(row.loopSeconds)}</span>
                      {scaled ? <small>{t.scaled(row.measured, N)}</small> : null}
                    </td>
                    <td>
                      <span data-testid={`vector-${row.backend}`}>{ms(row.vectorSeconds)}</span>
                    </td>
                    <td>
                      {scaled ? '≈ ' : ''}
                      <span data-testid={`ratio-${row.backend}`}>{formatNumber(row.ratio, 3)}</span>
                      ×
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {run.unavailable.length > 0 ? (
        <ul class="d2l-demo-note">
          {run.unavailable.map((info) => (
            <li key={info.name}>
              {t.unavailable(info.name)}{' '}
              {info.reason ? <TechnicalDetail text={info.reason} strings={strings} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {run.plainSeconds !== null ? (
        <p class="d2l-demo-note" data-testid="plain-loop">
          {t.plainLoop(ms(run.plainSeconds))}
        </p>
      ) : null}
    </DemoFrame>
  )
}
