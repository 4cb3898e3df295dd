// A slider over a short list of values (learning rates on a log scale, batch sizes): the thumb moves
// between the list's positions, the value is shown beside the label and read out by screen readers,
// and a choice is committed when the reader lets go (or presses a key), not at every pixel of a drag.
import { useEffect, useState } from 'preact/hooks'
import { useDemoId } from './demo-parts'

interface ChoiceSliderProps<T> {
  /** The label, with the punctuation of its language before the value (`Batch size: `). */
  label: string
  hint: string
  values: readonly T[]
  /** The committed value; the thumb follows it when it changes from outside (the URL, a reset). */
  value: T
  format: (value: T) => string
  onCommit: (value: T) => void
  testId: string
}

/** A labelled range input over `values`. */
export function ChoiceSlider<T>({
  label,
  hint,
  values,
  value,
  format,
  onCommit,
  testId,
}: ChoiceSliderProps<T>) {
  const id = useDemoId('slider')
  const committed = Math.max(0, values.indexOf(value))
  const [position, setPosition] = useState(committed)
  useEffect(() => setPosition(committed), [committed])
  const shown = format(values[position] as T)
  const read = (event: Event) => Number((event.currentTarget as HTMLInputElement).value)
  return (
    <div class="d2l-demo-field">
      <label for={id}>
        {label}
        <output data-testid={`${testId}-value`}>{shown}</output>
      </label>
      <input
        id={id}
        type="range"
        data-testid={testId}
        min={0}
        max={values.length - 1}
        step={1}
        value={position}
        aria-valuetext={shown}
        aria-describedby={`${id}-hint`}
        onInput={(event) => setPosition(read(event))}
        onChange={(event) => onCommit(values[read(event)] as T)}
      />
      <small id={`${id}-hint`}>{hint}</small>
    </div>
  )
}
