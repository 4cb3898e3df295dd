/**
 * The Okabe–Ito palette: eight colours chosen to stay distinguishable to readers with any of the common
 * colour-vision deficiencies (M. Okabe and K. Ito, "Color Universal Design (CUD): How to make figures
 * and presentations that are friendly to colorblind people", 2002/2008, https://jfly.uni-koeln.de/color/).
 *
 * @example
 * ```ts
 * import { OKABE_ITO } from '@d2l-ts/plot'
 * OKABE_ITO.blue // '#0072B2'
 * ```
 */
export const OKABE_ITO = Object.freeze({
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const)

/**
 * The book's (matplotlib's) one-letter colours, mapped to their nearest Okabe–Ito colour. `y` maps to
 * Okabe–Ito orange, not yellow: the palette's yellow has a contrast of about 1.2:1 against a white
 * background, too faint for a 1.5-point line.
 *
 * @example
 * ```ts
 * import { COLOR_LETTERS } from '@d2l-ts/plot'
 * COLOR_LETTERS.m // '#CC79A7'
 * ```
 */
export const COLOR_LETTERS = Object.freeze({
  b: OKABE_ITO.blue,
  g: OKABE_ITO.bluishGreen,
  r: OKABE_ITO.vermillion,
  c: OKABE_ITO.skyBlue,
  m: OKABE_ITO.reddishPurple,
  y: OKABE_ITO.orange,
  k: OKABE_ITO.black,
  w: '#FFFFFF',
} as const)

/**
 * A colour letter of the book's format strings: `b g r c m y k w`.
 *
 * @example
 * ```ts
 * import { COLOR_LETTERS, type ColorLetter } from '@d2l-ts/plot'
 * const letter: ColorLetter = 'g'
 * COLOR_LETTERS[letter] // '#009E73'
 * ```
 */
export type ColorLetter = keyof typeof COLOR_LETTERS

/**
 * The colours given, in turn, to series whose format names no colour (as matplotlib's `C0`, `C1`, …),
 * and to every series past the end of `fmts`. Seven entries: with the book's four default formats,
 * the first 28 series all differ in colour or dash.
 *
 * @example
 * ```ts
 * import { COLOR_CYCLE } from '@d2l-ts/plot'
 * COLOR_CYCLE[0] // '#0072B2'
 * ```
 */
export const COLOR_CYCLE: readonly string[] = Object.freeze([
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.vermillion,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.black,
])
