// How a numbered figure is named and anchored, shared by CodeCell (figures a cell draws) and Figure
// (static figures), so that "Fig. 3.1.1" on a page and a link to #fig-3-1-1 always agree.

/** A figure's number in the chapter ("3.1.1") and its caption, in the page's language. */
export interface FigureInfo {
  number: string
  caption: string
}

/**
 * The `id` of figure `number`, for links from the text: `3.1.1` → `fig-3-1-1`.
 *
 * @example
 * ```ts
 * figureId('3.2.1') // 'fig-3-2-1'
 * ```
 */
export function figureId(number: string): string {
  return `fig-${number.replace(/\./g, '-')}`
}

/**
 * The label printed before a caption: "Fig. 3.1.1" in English, "图3.1.1" in Chinese (as d2l-zh writes it).
 *
 * @example
 * ```ts
 * figureLabel('3.1.1', true) // '图3.1.1'
 * ```
 */
export function figureLabel(number: string, zh: boolean): string {
  return zh ? `图${number}` : `Fig. ${number}`
}

/** Whether the page being rendered is a Chinese one. */
export function isChinesePage(locale: string | undefined, pathname: string): boolean {
  return locale === 'zh-CN' || pathname.startsWith('/zh-cn/')
}
