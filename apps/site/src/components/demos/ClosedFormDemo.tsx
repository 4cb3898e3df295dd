// Section 3.1.1.3's analytic solution live: a dozen points of the demos' line data, and their
// least-squares line, which a LinearRegression model's fitClosedForm computes again at every move
// as the reader drags a point (mouse, finger or pen: pointer events). The fitting
// (closed-form-fit.ts) is imported in the browser only, when the demo comes into view.
import { scatter } from '@d2l-ts/plot'
import { useEffect, useRef, useState } from 'preact/hooks'
import type { LeastSquaresLine } from './closed-form-fit'
import { DemoLegend } from './demo-legend'
import { DemoFrame, ErrorBox } from './demo-parts'
import { type DemoProps, formatNumber, stringsFor } from './demo-strings'
import { nearestIndex } from './nearest'
import { dataAt, figureAt, type PlotFrame, plotArea, pointerInFigure } from './plot-coordinates'
import { useBackend, whenIdle } from './use-backend'

/** Points in the data set. */
const N = 12
/** The figure's fixed limits: the points are dragged inside them, and the axes never jump. */
const XLIM = [-3, 3] as const
const YLIM = [-6, 8] as const
/** How close to a point (in the figure's units, about 1.3 CSS px each) a press grabs it. */
const GRAB_RADIUS = 14
/** How far one press of ↑ or ↓ moves the chosen point. */
const KEY_STEP = 0.25

interface Points {
  xs: number[]
  ys: number[]
}

const clamp = (value: number, [lo, hi]: readonly [number, number]) =>
  Math.min(hi, Math.max(lo, value))

export default function ClosedFormDemo({ locale }: DemoProps) {
  const strings = stringsFor(locale)
  const t = strings.closedForm
  const { backend, error: backendError } = useBackend()
  const [seed, setSeed] = useState(0)
  const [points, setPoints] = useState<Points | null>(null)
  const [line, setLine] = useState<{ w: number; b: number; loss: number } | null>(null)
  const [moved, setMoved] = useState<readonly [number, number] | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [tensors, setTensors] = useState<number | null>(null)
  const fitter = useRef<LeastSquaresLine | null>(null)
  const plotRef = useRef<HTMLDivElement>(null)
  /** The point being dragged, and where it is now. */
  const drag = useRef<{ index: number; at: readonly [number, number] } | null>(null)
  /** The point the keyboard moves, marked in the figure while it has the focus. */
  const [chosen, setChosen] = useState<number | null>(null)

  // A new data set when the backend is ready and on every press of New data.
  useEffect(() => {
    if (!backend) return
    let live = true
    import('./closed-form-fit')
      .then(async ({ LeastSquaresLine, samplePoints }) => {
        await whenIdle()
        if (!live) return
        fitter.current ??= new LeastSquaresLine()
        setMoved(null)
        setPoints(samplePoints(N, seed))
      })
      .catch(setError)
    return () => {
      live = false
    }
  }, [backend, seed])

  useEffect(() => () => fitter.current?.dispose(), [])

  // The line follows the points: fitted again and redrawn whenever they change.
  useEffect(() => {
    const target = plotRef.current
    if (!points || !fitter.current || !target) return
    try {
      const fitted = fitter.current.fit(points.xs, points.ys)
      setLine(fitted)
      setTensors(fitter.current.liveTensors())
      setError(null)
      target.innerHTML = scatter(points.xs, points.ys, {
        fit: { w: fitted.w, b: fitted.b },
        residuals: true,
        xlim: XLIM,
        ylim: YLIM,
        xlabel: 'x',
        ylabel: 'y',
        title: t.figure,
      })
    } catch (caught) {
      setError(caught)
    }
  }, [points, t])

  // The chosen point's marker gets a ring (demos.css), redrawn figure or not.
  useEffect(() => {
    const markers = plotRef.current?.querySelectorAll('g.points-markers path') ?? []
    markers.forEach((marker, i) => {
      marker.classList.toggle('d2l-demo-chosen', i === chosen)
    })
  }, [chosen, points])

  /** The figure's frame and the pointer's place in it, when the figure is drawn. */
  const locate = (event: PointerEvent): { frame: PlotFrame; at: [number, number] } | null => {
    const svg = plotRef.current?.querySelector('svg')
    const area = svg ? plotArea(svg) : null
    const at = svg ? pointerInFigure(svg, event.clientX, event.clientY) : null
    return area && at ? { frame: { area, xlim: XLIM, ylim: YLIM }, at } : null
  }

  const onPointerDown = (event: PointerEvent) => {
    const found = locate(event)
    if (!found || !points) return
    const { frame, at } = found
    const distance = (i: number) => {
      const [u, v] = figureAt(frame, points.xs[i] as number, points.ys[i] as number)
      return Math.hypot(u - at[0], v - at[1])
    }
    const index = nearestIndex(
      points.xs.map((_, i) => i),
      distance,
    )
    if (index < 0 || distance(index) > GRAB_RADIUS) return
    drag.current = { index, at: [points.xs[index] as number, points.ys[index] as number] }
    ;(event.currentTarget as HTMLElement).setPointerCapture(event.pointerId)
    event.preventDefault()
  }

  const onPointerMove = (event: PointerEvent) => {
    const dragging = drag.current
    const found = dragging ? locate(event) : null
    if (!dragging || !found) return
    const [x, y] = dataAt(found.frame, found.at[0], found.at[1])
    dragging.at = movePoint(dragging.index, x, y)
  }

  const onPointerEnd = () => {
    if (drag.current) setMoved(drag.current.at)
    drag.current = null
  }

  /** Moves point `index` to (x, y), kept inside the figure. */
  const movePoint = (index: number, x: number, y: number): readonly [number, number] => {
    const at = [clamp(x, XLIM), clamp(y, YLIM)] as const
    setPoints((old) => {
      if (!old) return old
      const xs = [...old.xs]
      const ys = [...old.ys]
      xs[index] = at[0]
      ys[index] = at[1]
      return { xs, ys }
    })
    return at
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (!points) return
    const current = chosen ?? 0
    const count = points.xs.length
    const x = points.xs[current] as number
    const y = points.ys[current] as number
    if (event.key === 'ArrowRight') setChosen((current + 1) % count)
    else if (event.key === 'ArrowLeft') setChosen((current + count - 1) % count)
    else if (event.key === 'ArrowUp') setMoved(movePoint(current, x, y + KEY_STEP))
    else if (event.key === 'ArrowDown') setMoved(movePoint(current, x, y - KEY_STEP))
    else return
    if (chosen === null) setChosen(current)
    event.preventDefault() // the arrows move the point, not the page
  }

  const status = moved ? t.moved(formatNumber(moved[0], 3), formatNumber(moved[1], 3)) : t.idle

  return (
    <DemoFrame
      title={t.title}
      name="closed-form"
      strings={strings}
      backend={backend}
      backendError={backendError}
      tensors={tensors}
    >
      <p class="d2l-demo-note">{t.intro(N)}</p>
      <div class="d2l-demo-buttons">
        <button
          type="button"
          class="d2l-demo-secondary"
          data-testid="new-data"
          disabled={points === null}
          onClick={() => setSeed((old) => old + 1)}
        >
          {t.newData}
        </button>
      </div>
      <p class="d2l-demo-status" role="status" aria-live="polite" data-testid="status">
        {status}
      </p>
      {line ? (
        <div class="d2l-demo-readout">
          <p>
            {t.params}
            {strings.common.colon}w = <span data-testid="w">{formatNumber(line.w, 5)}</span>
          </p>
          <p>
            b = <span data-testid="b">{formatNumber(line.b, 5)}</span>
          </p>
          <p>
            {t.loss}
            {strings.common.colon}
            <span data-testid="loss">{formatNumber(line.loss, 4)}</span>
          </p>
        </div>
      ) : null}
      {error ? <ErrorBox lead={strings.common.failed} error={error} strings={strings} /> : null}
      <figure>
        <div
          class="d2l-demo-plot d2l-demo-draggable"
          ref={plotRef}
          data-testid="closed-form-plot"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerEnd}
          onPointerCancel={onPointerEnd}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: the figure is operable: arrow keys move its points
          tabIndex={0}
          role="application"
          aria-label={t.keyboard}
          onKeyDown={onKeyDown}
          onFocus={() => setChosen((old) => old ?? 0)}
          onBlur={() => setChosen(null)}
        />
        <DemoLegend
          items={[
            { label: t.legend[0] ?? '', color: 'b', marker: 'o' },
            { label: t.legend[1] ?? '', color: 'r', line: 'solid' },
            // scatter draws the residuals dashed, in this grey.
            { label: t.legend[2] ?? '', color: '#555555', line: 'dashed' },
          ]}
        />
        <figcaption>{t.figure}</figcaption>
      </figure>
      {points ? (
        <details class="d2l-demo-points">
          <summary>{t.pointsCaption}</summary>
          <table class="d2l-demo-table">
            <thead>
              <tr>
                <th scope="col">x</th>
                <th scope="col">y</th>
              </tr>
            </thead>
            <tbody>
              {points.xs.map((x, i) => (
                <tr key={i} data-testid="point" data-x={x} data-y={points.ys[i]}>
                  <td>{formatNumber(x, 3)}</td>
                  <td>{formatNumber(points.ys[i] as number, 3)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </DemoFrame>
  )
}
