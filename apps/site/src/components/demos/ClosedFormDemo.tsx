// Section 3.1.1's analytic solution live: one press fits a LinearRegression by fitClosedForm and
// another by a short minibatch SGD run (fit: 3 epochs, batch size 10, lr 0.03, as in 3.2), on the
// same kind of data as the SGD trainer (line-data.ts), and shows how far apart the two w are. The
// fitting (closed-form-solve.ts) is imported on the first press, in the browser only.
import { useState } from 'preact/hooks'
import type { Solution } from './closed-form-solve'
import { DemoFrame, ErrorBox } from './demo-parts'
import { type DemoProps, formatNumber, stringsFor } from './demo-strings'
import { useBackend, whenIdle } from './use-backend'

/** Examples per data set (closed-form-solve.ts uses the same). */
const N = 1000

export default function ClosedFormDemo({ locale }: DemoProps) {
  const strings = stringsFor(locale)
  const t = strings.closedForm
  const { backend, error: backendError } = useBackend()
  const [solution, setSolution] = useState<Solution | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const [presses, setPresses] = useState(0)

  const onSolve = async () => {
    const seed = presses
    setPresses(seed + 1)
    setBusy(true)
    setError(null)
    try {
      const { solve } = await import('./closed-form-solve')
      await whenIdle()
      setSolution(await solve(seed))
    } catch (caught) {
      setError(caught)
    } finally {
      setBusy(false)
    }
  }

  const ms = (seconds: number) => formatNumber(seconds * 1000, 3)
  const status = busy ? t.solving : solution ? t.done(formatNumber(solution.gap, 3)) : t.idle

  return (
    <DemoFrame
      title={t.title}
      name="closed-form"
      strings={strings}
      backend={backend}
      backendError={backendError}
      tensors={solution?.tensors ?? null}
    >
      <p class="d2l-demo-note">{t.intro(N)}</p>
      <div class="d2l-demo-buttons">
        <button
          type="button"
          data-testid="solve"
          disabled={backend === null || busy}
          onClick={onSolve}
        >
          {busy ? t.solving : t.solve}
        </button>
      </div>
      <p class="d2l-demo-status" role="status" aria-live="polite" data-testid="status">
        {status}
      </p>
      {error ? <ErrorBox lead={strings.common.failed} error={error} /> : null}
      {solution ? (
        <div aria-live="polite">
          <table class="d2l-demo-table" data-testid="results">
            <caption>{t.caption(solution.seed)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.headMethod}</th>
                <th scope="col">{t.headW}</th>
                <th scope="col">{t.headB}</th>
                <th scope="col">{t.headTime}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t.truth}</th>
                <td>{solution.truth.w}</td>
                <td>{solution.truth.b}</td>
                <td />
              </tr>
              <tr>
                <th scope="row">{t.exact}</th>
                <td data-testid="w-exact">{formatNumber(solution.exact.w, 5)}</td>
                <td data-testid="b-exact">{formatNumber(solution.exact.b, 5)}</td>
                <td>{ms(solution.exact.seconds)}</td>
              </tr>
              <tr>
                <th scope="row">{t.sgd}</th>
                <td data-testid="w-sgd">{formatNumber(solution.sgd.w, 5)}</td>
                <td data-testid="b-sgd">{formatNumber(solution.sgd.b, 5)}</td>
                <td>{ms(solution.sgd.seconds)}</td>
              </tr>
            </tbody>
          </table>
          <p class="d2l-demo-readout">
            {t.gap} = <span data-testid="gap">{formatNumber(solution.gap, 3)}</span>
          </p>
          <p class="d2l-demo-note">{t.note}</p>
        </div>
      ) : null}
    </DemoFrame>
  )
}
