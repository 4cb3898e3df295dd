// Starlight route middleware: the performance page's "On this page" lists the headings that
// BenchmarkResults.astro renders. Starlight builds the list from the MDX headings only, and the
// component's come from bench/results/latest.json; the results end both pages, so they go last.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data'
import { recordGroups, TARGETS_ID } from './benchmark/record-groups.js'
import { type Locale, results } from './benchmark/results.js'
import { benchTexts } from './benchmark/texts.js'

const PERFORMANCE_PAGES: Record<string, Locale> = {
  performance: 'en',
  'zh-cn/performance': 'zh-cn',
}

export const onRequest = defineRouteMiddleware(({ locals }) => {
  const route = locals.starlightRoute
  const locale = PERFORMANCE_PAGES[route.id]
  if (!locale || !route.toc || !results) return
  const headings = [
    ...recordGroups(results, locale).map(({ id, heading }) => ({ slug: id, text: heading })),
    { slug: TARGETS_ID, text: benchTexts[locale].targets },
  ]
  route.toc.items.push(...headings.map((h) => ({ ...h, depth: 2, children: [] })))
})
