// Section 3.1.3 live: μ and σ sliders redraw the normal density (drawn with @d2l-ts/plot), and six
// fixed labels tie it to the squared loss. With the constant prediction μ for every label, the
// Gaussian negative log-likelihood (gaussianNLL) and the sum of squared errors (mseLoss, summed)
// move together and bottom out at the same μ, the sample mean; both losses come from
// @d2l-ts/losses and run on the page's backend (normal-losses.ts).
import { plotInto } from '@d2l-ts/plot'
import { useEffect, useMemo, useRef, useState } from 'preact/hooks'
import { DemoLegend } from './demo-legend'
import { DemoFrame, ErrorBox, useDemoId } from './demo-parts'
import { type DemoProps, formatNumber, stringsFor } from './demo-strings'
import { messageOf, useBackend } from './use-backend'

type LossModule = typeof import('./normal-losses')

/** A small fixed sample of labels; its mean is 1.8. */
const LABELS = [0.8, 1.9, 2.4, 1.1, 3.0, 1.6]
const SAMPLE_MEAN = LABELS.reduce((total, y) => total + y, 0) / LABELS.length
const MU = { min: -3, max: 3, step: 0.1, initial: 0 }
const SIGMA = { min: 0.4, max: 3, step: 0.1, initial: 1 }
/** The μ grid the argmins are searched on: −3 to 3 in steps of 0.01. */
const GRID = Array.from({ length: 601 }, (_, i) => Math.round(-300 + i) / 100)
/** The x axis of the book's figure: −7 to 7 in steps of 0.01. */
const XS = Array.from({ length: 1401 }, (_, i) => Math.round(-700 + i) / 100)

function density(x: number, mu: number, sigma: number): number {
  return Math.exp(-0.5 * ((x - mu) / sigma) ** 2) / Math.sqrt(2 * Math.PI * sigma * sigma)
}

type Numbers =
  | {
      kind: 'ok'
      at: { nll: number; sse: number }
      argmin: { nll: number; sse: number }
      tensors: number
    }
  | { kind: 'failed'; failure: string }

export default function NormalDemo({ locale }: DemoProps) {
  const strings = stringsFor(locale)
  const t = strings.normal
  const { backend, error: backendError } = useBackend()
  const [mu, setMu] = useState(MU.initial)
  const [sigma, setSigma] = useState(SIGMA.initial)
  const [plotError, setPlotError] = useState<unknown>(null)
  const [losses, setLosses] = useState<LossModule | null>(null)
  const [loadError, setLoadError] = useState<unknown>(null)
  const plotRef = useRef<HTMLDivElement>(null)
  const muId = useDemoId('normal')
  const sigmaId = useDemoId('normal')

  const muText = mu.toFixed(1)
  const sigmaText = sigma.toFixed(1)

  // The figure needs no tensors: it is drawn as soon as the island runs, on every slider move.
  useEffect(() => {
    const target = plotRef.current
    if (!target) return
    try {
      plotInto(
        target,
        [XS, LABELS],
        [XS.map((x) => density(x, mu, sigma)), LABELS.map((y) => density(y, mu, sigma))],
        {
          xlabel: 'x',
          ylabel: 'p(x)',
          // The book's figure is 4.5 in wide; at 3.5 in its text stays 11 px or larger on a phone.
          xlim: [-7, 7],
          ylim: [0, 1.05],
          fmts: ['b-', 'ro'],
          title: t.figure(muText, sigmaText),
        },
      )
      setPlotError(null)
    } catch (caught) {
      setPlotError(caught)
    }
  }, [mu, sigma, muText, sigmaText, t])

  // The numbers need the backend, and the module that computes them (loaded in the browser only).
  useEffect(() => {
    if (!backend) return
    import('./normal-losses').then(setLosses, setLoadError)
  }, [backend])

  const numbers = useMemo((): Numbers | null => {
    if (!losses) return null
    try {
      return {
        kind: 'ok',
        at: losses.lossesAt(LABELS, mu, sigma),
        argmin: losses.argmins(LABELS, GRID, sigma),
        tensors: losses.liveTensorCount(),
      }
    } catch (caught) {
      return { kind: 'failed', failure: messageOf(caught) }
    }
  }, [losses, mu, sigma])

  const values = numbers?.kind === 'ok' ? numbers : null
  const pending = <span class="d2l-demo-muted">{t.pending}</span>
  // n/2 · log(2πσ²) + SSE/(2σ²), in plain arithmetic from the tensor-computed SSE: equals the NLL.
  const identity =
    (LABELS.length / 2) * Math.log(2 * Math.PI * sigma * sigma) +
    (values ? values.at.sse : 0) / (2 * sigma * sigma)

  return (
    <DemoFrame
      title={t.title}
      name="normal"
      strings={strings}
      backend={backend}
      backendError={backendError}
      tensors={values?.tensors ?? null}
    >
      <div class="d2l-demo-controls">
        <div class="d2l-demo-field">
          <label for={muId}>{t.mu}</label>
          <input
            id={muId}
            type="range"
            data-testid="mu"
            min={MU.min}
            max={MU.max}
            step={MU.step}
            value={mu}
            aria-valuetext={muText}
            onInput={(event) => setMu(Number(event.currentTarget.value))}
          />
          <output for={muId}>{muText}</output>
        </div>
        <div class="d2l-demo-field">
          <label for={sigmaId}>{t.sigma}</label>
          <input
            id={sigmaId}
            type="range"
            data-testid="sigma"
            min={SIGMA.min}
            max={SIGMA.max}
            step={SIGMA.step}
            value={sigma}
            aria-valuetext={sigmaText}
            onInput={(event) => setSigma(Number(event.currentTarget.value))}
          />
          <output for={sigmaId}>{sigmaText}</output>
        </div>
      </div>
      {plotError ? (
        <ErrorBox lead={strings.common.failed} error={plotError} strings={strings} />
      ) : null}
      {loadError ? (
        <ErrorBox lead={strings.common.failed} error={loadError} strings={strings} />
      ) : null}
      {numbers?.kind === 'failed' ? (
        <ErrorBox lead={strings.common.failed} error={numbers.failure} strings={strings} />
      ) : null}
      <figure>
        <div class="d2l-demo-plot" ref={plotRef} data-testid="density-plot" />
        <DemoLegend
          items={[
            { label: t.curve(muText, sigmaText), color: 'b', line: 'solid' },
            { label: t.dots, color: 'r', marker: 'o' },
          ]}
        />
      </figure>
      <div class="d2l-demo-figures">
        <p class="d2l-demo-note d2l-demo-side">{t.explain(LABELS.join(', '))}</p>
        <div class="d2l-demo-side">
          <table class="d2l-demo-table" aria-live="polite">
            <caption>{t.caption}</caption>
            <thead>
              <tr>
                <td />
                <th scope="col">{t.headNll}</th>
                <th scope="col">{t.headSse}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t.rowNow(muText)}</th>
                <td data-testid="nll">{values ? formatNumber(values.at.nll) : pending}</td>
                <td data-testid="sse">{values ? formatNumber(values.at.sse) : pending}</td>
              </tr>
              <tr>
                <th scope="row">{t.rowArgmin}</th>
                <td data-testid="argmin-nll">{values ? values.argmin.nll.toFixed(2) : pending}</td>
                <td data-testid="argmin-sse">{values ? values.argmin.sse.toFixed(2) : pending}</td>
              </tr>
              <tr>
                <th scope="row">{t.mean}</th>
                <td colSpan={2} data-testid="mean">
                  {SAMPLE_MEAN.toFixed(2)}
                </td>
              </tr>
            </tbody>
          </table>
          <p class="d2l-demo-note">
            {values ? t.identity(LABELS.length, formatNumber(identity)) : null}
          </p>
        </div>
      </div>
    </DemoFrame>
  )
}
