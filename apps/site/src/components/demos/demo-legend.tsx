// A figure's legend as HTML under the figure, not inside the plot: it never covers data, it wraps on
// a phone, and its boxes grow with the text, so Chinese labels are never clipped. Each swatch is
// drawn like its series in the plot (same colour letter as the plot's format string).
import { COLOR_LETTERS, type ColorLetter } from '@d2l-ts/plot'

/** One entry: the label and how its series is drawn. */
export interface LegendItem {
  label: string
  /** A colour letter of the plot's format strings, or a CSS colour (the residuals' grey). */
  color: ColorLetter | `#${string}`
  /** A line, a marker (`o` dot, `s` square, `x` cross), or both. */
  line?: 'solid' | 'dashed'
  marker?: 'o' | 's' | 'x'
}

/** The legend of a demo figure, as a list. */
export function DemoLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul class="d2l-demo-legend" data-testid="legend">
      {items.map((item) => {
        const color = item.color.startsWith('#')
          ? item.color
          : COLOR_LETTERS[item.color as ColorLetter]
        return (
          <li key={item.label}>
            <svg width="22" height="12" viewBox="0 0 22 12" aria-hidden="true">
              {item.line ? (
                <line
                  x1="1"
                  y1="6"
                  x2="21"
                  y2="6"
                  stroke={color}
                  stroke-width="2"
                  stroke-dasharray={item.line === 'dashed' ? '5 2.5' : undefined}
                />
              ) : null}
              {item.marker === 'o' ? <circle cx="11" cy="6" r="3.5" fill={color} /> : null}
              {item.marker === 's' ? <rect x="8" y="3" width="6" height="6" fill={color} /> : null}
              {item.marker === 'x' ? (
                <path d="M7 2 15 10M15 2 7 10" stroke={color} stroke-width="2" />
              ) : null}
            </svg>
            {item.label}
          </li>
        )
      })}
    </ul>
  )
}
