// Minibatch SGD on a line, one step at a time (section 3.1.1). The training itself is the packages':
// a LinearRegression model, loadArray minibatches, the SGD optimiser and @d2l-ts/train's `train`
// (see sgd-session.ts, imported in the browser only). This file is the UI: settings (also in the URL as ?lr=…&batchSize=…&seed=…),
// Step / Play / Reset, the live loss curve (Animator) and the data with the current line (scatter).
import { Animator, scatter } from '@d2l-ts/plot'
import { useEffect, useRef, useState } from 'preact/hooks'
import { DemoFrame, ErrorBox, useDemoId } from './demo-parts'
import { type DemoProps, formatNumber, stringsFor } from './demo-strings'
import type { SgdSession, SgdSettings, StepReport } from './sgd-session'
import { readQuery, writeQuery } from './url-state'
import { nextFrame, useBackend, whenIdle } from './use-backend'

/** Examples in the data set. */
const N = 200
/** Play stops here, so that a forgotten tab does not train (and grow its loss curve) forever. */
const MAX_STEPS = 2000
/** The book's settings of 3.2: batch size 10, learning rate 0.03; seed 0. */
const DEFAULTS: SgdSettings = { lr: 0.03, batchSize: 10, seed: 0 }
const LR_RANGE = [0.0001, 10] as const
const SEED_MAX = 99_999
const QUERY_KEYS = ['lr', 'batchSize', 'seed'] as const

/**
 * Whether training diverged. By name rather than `instanceof`: the class lives in @d2l-ts/tensor,
 * which this file does not import (see use-backend.ts), and the name is part of its contract.
 */
function isDivergence(error: unknown): boolean {
  return error instanceof Error && error.name === 'DivergenceError'
}

type Status = 'ready' | 'playing' | 'paused' | 'stepped' | 'limit' | 'diverged'

interface Readout {
  steps: number
  loss: number
  w: number
  b: number
}

function parseLr(text: string): number | null {
  const value = Number(text.trim())
  return text.trim() !== '' &&
    Number.isFinite(value) &&
    value >= LR_RANGE[0] &&
    value <= LR_RANGE[1]
    ? value
    : null
}

function parseInteger(text: string, min: number, max: number): number | null {
  const value = Number(text.trim())
  return /^\s*\d+\s*$/.test(text) && value >= min && value <= max ? value : null
}

export default function SgdTrainerDemo({ locale }: DemoProps) {
  const strings = stringsFor(locale)
  const t = strings.sgd
  const { backend, error: backendError } = useBackend()
  const ids = {
    lr: useDemoId('sgd-trainer'),
    batch: useDemoId('sgd-trainer'),
    seed: useDemoId('sgd-trainer'),
  }

  const [settings, setSettings] = useState<SgdSettings>(DEFAULTS)
  const [text, setText] = useState({
    lr: String(DEFAULTS.lr),
    batchSize: String(DEFAULTS.batchSize),
    seed: String(DEFAULTS.seed),
  })
  const [readout, setReadout] = useState<Readout | null>(null)
  const [status, setStatus] = useState<Status>('ready')
  const [playing, setPlaying] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const [tensors, setTensors] = useState<number | null>(null)

  const lossRef = useRef<HTMLDivElement>(null)
  const fitRef = useRef<HTMLDivElement>(null)
  const session = useRef<SgdSession | null>(null)
  const animator = useRef<Animator | null>(null)
  const play = useRef<AbortController | null>(null)
  // Every operation on the session (rebuild, step, play) runs in turn on this chain.
  const chain = useRef<Promise<void>>(Promise.resolve())
  const labels = useRef({ strings, locale })
  labels.current = { strings, locale }

  const enqueue = (task: () => Promise<void>) => {
    chain.current = chain.current.then(task).catch((caught: unknown) => {
      setError(caught)
      setStatus(isDivergence(caught) ? 'diverged' : 'paused')
    })
  }

  const drawFit = (current: SgdSession) => {
    const target = fitRef.current
    if (!target) return
    const { xs, ys } = current.data
    const { w, b } = current.weights()
    const t = labels.current.strings.sgd
    target.innerHTML = scatter(xs, ys, {
      fit: { w, b },
      xlabel: 'x',
      ylabel: 'y',
      legend: t.fitLegend,
      // Fixed to the data, so that a diverging line leaves the frame instead of squashing the points.
      xlim: padded(xs),
      ylim: padded(ys),
      title: t.fitFigure,
    })
  }

  const record = (current: SgdSession, { step, batchLoss }: StepReport) => {
    const loss = current.fullLoss()
    animator.current?.add(step, [batchLoss, loss])
    setReadout({ steps: step, loss, ...current.weights() })
    setTensors(current.liveTensors())
    drawFit(current)
  }

  const rebuild = (next: SgdSettings) => {
    play.current?.abort()
    enqueue(async () => {
      const sessions = await import('./sgd-session')
      await whenIdle()
      session.current?.dispose()
      session.current = null
      animator.current?.flush() // draws any pending frame now, so it cannot land on the new figure
      setError(null)
      const current = new sessions.SgdSession(N, next)
      session.current = current
      const t = labels.current.strings.sgd
      animator.current = new Animator({
        target: lossRef.current,
        xlabel: t.xlabelStep,
        ylabel: t.ylabelLoss,
        yscale: 'log',
        legend: t.lossLegend,
        title: t.lossFigure,
      })
      const loss = current.fullLoss()
      animator.current.add(0, [null, loss])
      setReadout({ steps: 0, loss, ...current.weights() })
      setTensors(current.liveTensors())
      drawFit(current)
      setStatus('ready')
    })
  }

  // The URL's settings, read once in the browser (the server-rendered HTML shows the defaults).
  useEffect(() => {
    const query = readQuery(QUERY_KEYS)
    const lr = query.lr === undefined ? null : parseLr(query.lr)
    const batchSize = query.batchSize === undefined ? null : parseInteger(query.batchSize, 1, N)
    const seed = query.seed === undefined ? null : parseInteger(query.seed, 0, SEED_MAX)
    const fromUrl = {
      lr: lr ?? DEFAULTS.lr,
      batchSize: batchSize ?? DEFAULTS.batchSize,
      seed: seed ?? DEFAULTS.seed,
    }
    setText({
      lr: String(fromUrl.lr),
      batchSize: String(fromUrl.batchSize),
      seed: String(fromUrl.seed),
    })
    setSettings(fromUrl)
  }, [])

  // A new session whenever the backend becomes ready or a setting changes.
  useEffect(() => {
    if (backend) rebuild(settings)
  }, [backend, settings])

  useEffect(
    () => () => {
      play.current?.abort()
      enqueue(async () => {
        session.current?.dispose()
        session.current = null
      })
    },
    [],
  )

  const change = (key: keyof SgdSettings, value: string) => {
    setText((old) => ({ ...old, [key]: value }))
    const parsed =
      key === 'lr'
        ? parseLr(value)
        : key === 'batchSize'
          ? parseInteger(value, 1, N)
          : parseInteger(value, 0, SEED_MAX)
    if (parsed === null || parsed === settings[key]) return
    const next = { ...settings, [key]: parsed }
    setSettings(next)
    writeQuery({ lr: String(next.lr), batchSize: String(next.batchSize), seed: String(next.seed) })
  }

  const onStep = () =>
    enqueue(async () => {
      const current = session.current
      if (!current || current.steps >= MAX_STEPS) return
      await whenIdle()
      await current.run(1, (report) => record(current, report))
      setStatus(current.steps >= MAX_STEPS ? 'limit' : 'stepped')
    })

  const onPlay = () => {
    if (play.current) {
      play.current.abort()
      return
    }
    const controller = new AbortController()
    play.current = controller
    setPlaying(true)
    setStatus('playing')
    enqueue(async () => {
      const current = session.current
      try {
        if (!current || controller.signal.aborted) return
        await current.run(
          MAX_STEPS - current.steps,
          async (report) => {
            record(current, report)
            // One step per frame: the page stays responsive and the curve visibly grows.
            await nextFrame()
            await whenIdle()
          },
          controller.signal,
        )
        setStatus(current.steps >= MAX_STEPS ? 'limit' : 'paused')
      } finally {
        if (play.current === controller) play.current = null
        setPlaying(false)
      }
    })
  }

  const invalid = {
    lr: parseLr(text.lr) === null,
    batchSize: parseInteger(text.batchSize, 1, N) === null,
    seed: parseInteger(text.seed, 0, SEED_MAX) === null,
  }
  const stopped = status === 'diverged' || status === 'limit'
  const ready = backend !== null && readout !== null
  const lossText = readout ? formatNumber(readout.loss) : '–'
  const statusText =
    status === 'playing'
      ? t.playing
      : status === 'paused'
        ? t.paused(readout?.steps ?? 0, lossText)
        : status === 'stepped'
          ? t.stepped(readout?.steps ?? 0, lossText)
          : status === 'limit'
            ? t.limit(readout?.steps ?? 0)
            : status === 'diverged'
              ? t.diverged
              : t.ready

  const field = (
    key: keyof SgdSettings,
    id: string,
    label: string,
    hint: string,
    attrs: { min: number; max: number; step: string },
  ) => (
    <div class="d2l-demo-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="number"
        data-testid={key === 'batchSize' ? 'batch-size' : key}
        value={text[key]}
        min={attrs.min}
        max={attrs.max}
        step={attrs.step}
        aria-invalid={invalid[key]}
        aria-describedby={`${id}-hint`}
        onInput={(event) => change(key, event.currentTarget.value)}
      />
      <small id={`${id}-hint`} class={invalid[key] ? 'd2l-demo-invalid' : undefined}>
        {invalid[key] ? `${t.invalid} ${hint}` : hint}
      </small>
    </div>
  )

  return (
    <DemoFrame
      title={t.title}
      name="sgd-trainer"
      strings={strings}
      backend={backend}
      backendError={backendError}
      tensors={tensors}
    >
      <p class="d2l-demo-note">{t.intro(N)}</p>
      <div class="d2l-demo-controls">
        {field('lr', ids.lr, t.lr, t.lrHint, { min: LR_RANGE[0], max: LR_RANGE[1], step: 'any' })}
        {field('batchSize', ids.batch, t.batchSize, t.batchHint(N), { min: 1, max: N, step: '1' })}
        {field('seed', ids.seed, t.seed, t.seedHint, { min: 0, max: SEED_MAX, step: '1' })}
      </div>
      <div class="d2l-demo-buttons">
        <button
          type="button"
          data-testid="step"
          disabled={!ready || playing || stopped}
          onClick={onStep}
        >
          {t.step}
        </button>
        <button type="button" data-testid="play" disabled={!ready || stopped} onClick={onPlay}>
          {playing ? t.pause : t.play}
        </button>
        <button
          type="button"
          class="d2l-demo-secondary"
          data-testid="reset"
          disabled={!ready}
          onClick={() => rebuild(settings)}
        >
          {t.reset}
        </button>
      </div>
      <p class="d2l-demo-status" role="status" aria-live="polite" data-testid="status">
        {statusText}
      </p>
      {/* Silent while playing (it changes every frame); the status line announces pauses. */}
      <div class="d2l-demo-readout" aria-live={playing ? 'off' : 'polite'}>
        <p>
          {t.steps}: <span data-testid="steps">{readout?.steps ?? 0}</span>
        </p>
        <p>
          {t.loss(N)}: <span data-testid="loss">{lossText}</span>
        </p>
        <p>{readout ? t.params(formatNumber(readout.w, 3), formatNumber(readout.b, 3)) : null}</p>
      </div>
      {error ? (
        <ErrorBox lead={isDivergence(error) ? t.diverged : strings.common.failed} error={error} />
      ) : null}
      <div class="d2l-demo-figures">
        <figure>
          <div class="d2l-demo-plot" ref={lossRef} data-testid="loss-curve" />
          <figcaption>{t.lossFigure}</figcaption>
        </figure>
        <figure>
          <div class="d2l-demo-plot" ref={fitRef} data-testid="fit-plot" />
          <figcaption>{t.fitFigure}</figcaption>
        </figure>
      </div>
    </DemoFrame>
  )
}

/** The range of the values plus 8% on each side. */
function padded(values: readonly number[]): [number, number] {
  let lo = Number.POSITIVE_INFINITY
  let hi = Number.NEGATIVE_INFINITY
  for (const v of values) {
    if (v < lo) lo = v
    if (v > hi) hi = v
  }
  const pad = (hi - lo) * 0.08 || 1
  return [lo - pad, hi + pad]
}
