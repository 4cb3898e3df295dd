// Minibatch SGD on a line, one step at a time (section 3.1.1.4). The training itself is the
// packages': a LinearRegression model, loadArray minibatches, the SGD optimiser and @d2l-ts/train's
// trainStep (see sgd-session.ts, imported in the browser only). This file is the UI: the learning
// rate and batch size as sliders (also in the URL as ?lr=…&batchSize=…&seed=…), Step / Play / Reset,
// and three figures that grow as it trains: the training and validation loss per epoch, the path of
// (w, b) over the contour lines of the loss, and the data with the current line. A run whose loss
// explodes stops and says so.
import { Animator, plot, scatter } from '@d2l-ts/plot'
import { useEffect, useRef, useState } from 'preact/hooks'
import { ChoiceSlider } from './choice-slider'
import { DemoLegend } from './demo-legend'
import { DemoFrame, ErrorBox } from './demo-parts'
import { type DemoProps, formatNumber, stringsFor } from './demo-strings'
import {
  type ContourLines,
  lossContours,
  type ParameterWindow,
  windowAround,
} from './loss-contours'
import { type LossSurface, lossSurface } from './loss-surface'
import { nearestIndex } from './nearest'
import type { Divergence, SgdSession, SgdSettings, StepReport } from './sgd-session'
import { readQuery, writeQuery } from './url-state'
import { nextFrame, useBackend, whenIdle } from './use-backend'

/** Examples in the data set, and how many of them are held out for validation. */
const N = 200
const VALIDATION = 40
const TRAINING = N - VALIDATION
/** Play stops here, so that a forgotten tab does not train (and grow its figures) forever. */
const MAX_STEPS = 2000
/** Learning rates on a log scale, 1-2-3-5 in every decade; training diverges from about 2 up. */
const LEARNING_RATES = [
  0.0001, 0.0002, 0.0003, 0.0005, 0.001, 0.002, 0.003, 0.005, 0.01, 0.02, 0.03, 0.05, 0.1, 0.2, 0.3,
  0.5, 1, 2, 3, 5, 10,
]
/** From one example per step to all of them (plain gradient descent). */
const BATCH_SIZES = [1, 2, 5, 10, 20, 40, 80, TRAINING]
/** The book's settings of 3.2: batch size 10, learning rate 0.03; seed 0. */
const DEFAULTS: SgdSettings = { lr: 0.03, batchSize: 10, seed: 0 }
const QUERY_KEYS = ['lr', 'batchSize', 'seed'] as const
/** The contour plot: this many lines, in a square of this half-width around the minimum. */
const CONTOUR_LINES = 8
const CONTOUR_HALF_WIDTH = 2.5

type Status = 'ready' | 'playing' | 'paused' | 'stepped' | 'limit' | 'diverged'

interface Readout {
  epochs: number
  steps: number
  trainLoss: number
  validationLoss: number
  w: number
  b: number
}

/** The loss surface of a session's training set, its contour lines, and the path of (w, b). */
interface Landscape {
  surface: LossSurface
  window: ParameterWindow
  lines: ContourLines
  path: { w: number[]; b: number[] }
}

/** The learning rate of the list nearest to `lr` on the log scale, or null for no usable number. */
function snapLr(text: string): number | null {
  const lr = Number(text)
  if (!(Number.isFinite(lr) && lr > 0)) return null
  return LEARNING_RATES[nearestIndex(LEARNING_RATES, (v) => Math.abs(Math.log(v / lr)))] ?? null
}

function snapBatchSize(text: string): number | null {
  const size = Number(text)
  if (!(Number.isFinite(size) && size >= 1)) return null
  return BATCH_SIZES[nearestIndex(BATCH_SIZES, (v) => Math.abs(v - size))] ?? null
}

function parseSeed(text: string): number | null {
  return /^\d{1,5}$/.test(text) ? Number(text) : null
}

export default function SgdTrainerDemo({ locale }: DemoProps) {
  const strings = stringsFor(locale)
  const t = strings.sgd
  const colon = strings.common.colon
  const { backend, error: backendError } = useBackend()

  const [settings, setSettings] = useState<SgdSettings>(DEFAULTS)
  const [readout, setReadout] = useState<Readout | null>(null)
  const [status, setStatus] = useState<Status>('ready')
  const [divergence, setDivergence] = useState<Divergence | null>(null)
  const [playing, setPlaying] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const [tensors, setTensors] = useState<number | null>(null)
  /** The settings of the session now built (the sliders may be ahead of it while it is rebuilt). */
  const [built, setBuilt] = useState<SgdSettings | null>(null)

  const lossRef = useRef<HTMLDivElement>(null)
  const contourRef = useRef<HTMLDivElement>(null)
  const fitRef = useRef<HTMLDivElement>(null)
  const session = useRef<SgdSession | null>(null)
  const landscape = useRef<Landscape | null>(null)
  const animator = useRef<Animator | null>(null)
  const play = useRef<AbortController | null>(null)
  // Every operation on the session (rebuild, step, play) runs in turn on this chain.
  const chain = useRef<Promise<void>>(Promise.resolve())
  const labels = useRef(t)
  labels.current = t

  const enqueue = (task: () => Promise<void>) => {
    chain.current = chain.current.then(task).catch((caught: unknown) => {
      setError(caught)
      setStatus('paused')
    })
  }

  const drawFigures = (current: SgdSession) => {
    const t = labels.current
    const { w, b } = current.weights()
    const { xs, ys } = current.train
    const land = landscape.current
    if (contourRef.current && land) {
      const { lines, path, window, surface } = land
      contourRef.current.innerHTML = plot(
        [lines.w, path.w, [w], [surface.minimum.w]],
        [lines.b, path.b, [b], [surface.minimum.b]],
        {
          fmts: ['c-', 'r-', 'ro', 'gx'],
          xlim: window.w,
          ylim: window.b,
          xlabel: 'w',
          ylabel: 'b',
          figsize: [3.5, 3.2],
          title: t.contourFigure,
        },
      )
    }
    if (fitRef.current) {
      fitRef.current.innerHTML = scatter(xs, ys, {
        fit: { w, b },
        xlabel: 'x',
        ylabel: 'y',
        // Fixed to the data, so that a diverging line leaves the frame instead of squashing the points.
        xlim: padded(xs),
        ylim: padded(ys),
        title: t.fitFigure,
      })
    }
  }

  const record = (current: SgdSession, report: StepReport) => {
    const land = landscape.current
    land?.path.w.push(report.w)
    land?.path.b.push(report.b)
    if (report.validationLoss !== undefined) {
      animator.current?.add(report.epoch, [report.trainLoss, report.validationLoss])
    }
    setReadout((old) => ({
      epochs: current.epochsDone,
      steps: report.step,
      trainLoss: report.trainLoss,
      validationLoss: report.validationLoss ?? old?.validationLoss ?? Number.NaN,
      w: report.w,
      b: report.b,
    }))
    setTensors(current.liveTensors())
    drawFigures(current)
  }

  /** Shows where training blew up: the status, the loss curve's last point and the path's last step. */
  const showDivergence = (current: SgdSession, found: Divergence) => {
    setDivergence(found)
    setStatus('diverged')
    animator.current?.add(found.epoch, [found.loss, null])
    const { w, b } = current.weights()
    if (Number.isFinite(w) && Number.isFinite(b)) {
      landscape.current?.path.w.push(w)
      landscape.current?.path.b.push(b)
    }
    setReadout((old) => ({
      epochs: current.epochsDone,
      steps: current.steps,
      trainLoss: found.loss,
      validationLoss: old?.validationLoss ?? Number.NaN,
      w,
      b,
    }))
    drawFigures(current)
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
      setDivergence(null)
      const current = new sessions.SgdSession(N, VALIDATION, next)
      session.current = current
      const surface = lossSurface(current.train.xs, current.train.ys)
      const window = windowAround(surface, CONTOUR_HALF_WIDTH)
      const start = current.weights()
      landscape.current = {
        surface,
        window,
        lines: lossContours(surface, window, CONTOUR_LINES),
        path: { w: [start.w], b: [start.b] },
      }
      const t = labels.current
      animator.current = new Animator({
        target: lossRef.current,
        xlabel: t.xlabelEpoch,
        ylabel: t.ylabelLoss,
        // Linear, not log: the loss spans about one decade while training converges, and an
        // explosion shows as the spike it is.
        fmts: ['b-o', 'y--s'],
        title: t.lossFigure,
      })
      const validationLoss = current.validationLoss()
      animator.current.add(0, [current.startLoss, validationLoss])
      setReadout({
        epochs: 0,
        steps: 0,
        trainLoss: current.startLoss,
        validationLoss,
        ...start,
      })
      setTensors(current.liveTensors())
      drawFigures(current)
      setBuilt(next)
      setStatus('ready')
    })
  }

  // The URL's settings, read once in the browser (the server-rendered HTML shows the defaults).
  useEffect(() => {
    const query = readQuery(QUERY_KEYS)
    setSettings({
      lr: (query.lr === undefined ? null : snapLr(query.lr)) ?? DEFAULTS.lr,
      batchSize:
        (query.batchSize === undefined ? null : snapBatchSize(query.batchSize)) ??
        DEFAULTS.batchSize,
      seed: (query.seed === undefined ? null : parseSeed(query.seed)) ?? DEFAULTS.seed,
    })
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

  const commit = (change: Partial<SgdSettings>) => {
    const next = { ...settings, ...change }
    setSettings(next)
    writeQuery({ lr: String(next.lr), batchSize: String(next.batchSize), seed: String(next.seed) })
  }

  /**
   * Takes up to `steps` steps, recording each and awaiting `afterEach` between them; shows the
   * diverged state if training blows up, and returns whether it did.
   */
  const takeSteps = async (
    current: SgdSession,
    steps: number,
    { afterEach, signal }: { afterEach?: () => Promise<void>; signal?: AbortSignal } = {},
  ): Promise<boolean> => {
    const found = await current.run(
      steps,
      async (report) => {
        record(current, report)
        await afterEach?.()
      },
      signal,
    )
    if (found) showDivergence(current, found)
    return found !== null
  }

  const onStep = () =>
    enqueue(async () => {
      const current = session.current
      if (!current || current.steps >= MAX_STEPS) return
      await whenIdle()
      if (await takeSteps(current, 1)) return
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
        // One step per frame: the page stays responsive and the figures visibly grow.
        const afterEach = async () => {
          await nextFrame()
          await whenIdle()
        }
        const signal = controller.signal
        if (await takeSteps(current, MAX_STEPS - current.steps, { afterEach, signal })) return
        setStatus(current.steps >= MAX_STEPS ? 'limit' : 'paused')
      } finally {
        if (play.current === controller) play.current = null
        setPlaying(false)
      }
    })
  }

  const stopped = status === 'diverged' || status === 'limit'
  const ready = backend !== null && readout !== null
  const trainLossText = readout ? formatNumber(readout.trainLoss) : '–'
  const statusText =
    status === 'playing'
      ? t.playing
      : status === 'paused'
        ? t.paused(readout?.epochs ?? 0, trainLossText)
        : status === 'stepped'
          ? t.stepped(readout?.steps ?? 0, trainLossText)
          : status === 'limit'
            ? t.limit(readout?.steps ?? 0)
            : status === 'diverged' && divergence
              ? t.diverged(
                  divergence.epoch,
                  divergence.stepInEpoch,
                  formatNumber(divergence.startLoss, 3),
                  formatNumber(divergence.loss, 3),
                )
              : t.ready

  return (
    <DemoFrame
      title={t.title}
      name="sgd-trainer"
      strings={strings}
      backend={backend}
      backendError={backendError}
      tensors={tensors}
      state={status === 'diverged' ? 'diverged' : undefined}
    >
      <p class="d2l-demo-note">{t.intro(N, VALIDATION)}</p>
      <div class="d2l-demo-controls">
        <ChoiceSlider
          label={t.lr + colon}
          hint={t.lrHint}
          values={LEARNING_RATES}
          value={settings.lr}
          format={String}
          onCommit={(lr) => commit({ lr })}
          testId="lr"
        />
        <ChoiceSlider
          label={t.batchSize + colon}
          hint={t.batchHint(TRAINING)}
          values={BATCH_SIZES}
          value={settings.batchSize}
          format={String}
          onCommit={(batchSize) => commit({ batchSize })}
          testId="batch-size"
        />
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
        <button
          type="button"
          class="d2l-demo-secondary"
          data-testid="new-data"
          disabled={!ready}
          onClick={() => commit({ seed: (settings.seed + 1) % 100_000 })}
        >
          {t.newData}
        </button>
      </div>
      <p
        class={status === 'diverged' ? 'd2l-demo-status d2l-demo-alert' : 'd2l-demo-status'}
        role="status"
        aria-live="polite"
        data-testid="status"
      >
        {statusText}
      </p>
      {/* Silent while playing (it changes every frame); the status line announces pauses. */}
      <div
        class="d2l-demo-readout"
        aria-live={playing ? 'off' : 'polite'}
        data-testid="readout"
        data-lr={built?.lr}
        data-batch-size={built?.batchSize}
      >
        <p>
          {t.epochs}
          {colon}
          <span data-testid="epochs">{readout?.epochs ?? 0}</span>
        </p>
        <p>
          {t.steps}
          {colon}
          <span data-testid="steps">{readout?.steps ?? 0}</span>
        </p>
        <p>
          {t.trainLoss}
          {colon}
          <span data-testid="loss">{trainLossText}</span>
        </p>
        <p>
          {t.validationLoss}
          {colon}
          <span data-testid="validation-loss">
            {readout ? formatNumber(readout.validationLoss) : '–'}
          </span>
        </p>
        <p>{readout ? t.params(formatNumber(readout.w, 3), formatNumber(readout.b, 3)) : null}</p>
      </div>
      {error ? <ErrorBox lead={strings.common.failed} error={error} strings={strings} /> : null}
      <div class="d2l-demo-figures">
        <figure>
          <div class="d2l-demo-plot" ref={lossRef} data-testid="loss-curve" />
          <DemoLegend
            items={[
              { label: t.lossLegend[0] ?? '', color: 'b', line: 'solid', marker: 'o' },
              { label: t.lossLegend[1] ?? '', color: 'y', line: 'dashed', marker: 's' },
            ]}
          />
          <figcaption>{t.lossFigure}</figcaption>
        </figure>
        <figure>
          <div class="d2l-demo-plot" ref={contourRef} data-testid="contour" />
          <DemoLegend
            items={[
              { label: t.contourLegend[0] ?? '', color: 'c', line: 'solid' },
              { label: t.contourLegend[1] ?? '', color: 'r', line: 'solid' },
              { label: t.contourLegend[2] ?? '', color: 'r', marker: 'o' },
              { label: t.contourLegend[3] ?? '', color: 'g', marker: 'x' },
            ]}
          />
          <figcaption>{t.contourFigure}</figcaption>
        </figure>
        <figure>
          <div class="d2l-demo-plot" ref={fitRef} data-testid="fit-plot" />
          <DemoLegend
            items={[
              { label: t.fitLegend[0] ?? '', color: 'b', marker: 'o' },
              { label: t.fitLegend[1] ?? '', color: 'r', line: 'solid' },
            ]}
          />
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
