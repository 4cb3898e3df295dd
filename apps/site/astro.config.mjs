// @ts-check
import preact from '@astrojs/preact'
import starlight from '@astrojs/starlight'
import { defineConfig } from 'astro/config'
import rehypeKatex from 'rehype-katex'
import remarkMath from 'remark-math'
import { createStarlightTypeDocPlugin } from 'starlight-typedoc'
import { apiPackages } from './src/api-packages.mjs'
import { modelPages } from './src/model-pages.mjs'
import rehypeCjkLineBreaks from './src/rehype-cjk-line-breaks.mjs'
import rehypeEquationNumbers from './src/rehype-equation-numbers.mjs'
import rehypeMathPunctuation from './src/rehype-math-punctuation.mjs'
import rehypeSearchMath from './src/rehype-search-math.mjs'

// One starlight-typedoc instance per package: each gets its own API pages and sidebar group.
const typedoc = apiPackages.map(() => createStarlightTypeDocPlugin())

export default defineConfig({
  site: 'https://d2l-ts.github.io',
  vite: {
    // The live cells' worker imports the packages lazily (one chunk each); only ES module workers
    // can be split into chunks.
    worker: { format: 'es' },
  },
  markdown: {
    remarkPlugins: [remarkMath],
    rehypePlugins: [
      [rehypeKatex, { strict: 'error' }],
      rehypeEquationNumbers,
      rehypeMathPunctuation,
      rehypeSearchMath,
      rehypeCjkLineBreaks,
    ],
  },
  integrations: [
    preact(),
    starlight({
      title: 'd2l-ts',
      description:
        'Linear neural networks in TypeScript: chapter 3 of Dive into Deep Learning, runnable',
      defaultLocale: 'root',
      locales: {
        root: { label: 'English', lang: 'en' },
        'zh-cn': { label: '简体中文', lang: 'zh-CN' },
      },
      social: [{ icon: 'github', label: 'GitHub', href: 'https://github.com/d2l-ts/d2l-ts' }],
      // The pages live outside this app (docs/content); Starlight's Markdown features (asides,
      // heading anchors) apply only to the directories listed here.
      markdown: { processedDirs: ['../../docs/content/'] },
      routeMiddleware: ['./src/book-pagination.ts', './src/performance-toc.ts'],
      editLink: { baseUrl: 'https://github.com/d2l-ts/d2l-ts/edit/main/apps/site/' },
      customCss: ['katex/dist/katex.min.css', './src/styles/custom.css'],
      plugins: typedoc.map(([plugin], i) => {
        const pkg = apiPackages[i]
        return plugin({
          entryPoints: [`../../${pkg.path}/src/index.ts`],
          tsconfig: `../../${pkg.path}/tsconfig.json`,
          output: `api/${pkg.slug}`,
          sidebar: { label: pkg.name, collapsed: true },
          typeDoc: {
            readme: `../../${pkg.path}/README.md`,
            entryFileName: 'index',
            excludeExternals: true,
            disableGit: true,
            basePath: '../..',
            // {path} below is relative to this; by default it is the entry point's folder, and the
            // links lost their packages/<name>/src/ prefix.
            displayBasePath: '../..',
            sourceLinkTemplate: 'https://github.com/d2l-ts/d2l-ts/blob/main/{path}#L{line}',
          },
        })
      }),
      // Starlight's `autogenerate` looks for pages under src/content/docs only, and ours live in
      // docs/content, so the book's order is written out here; the Models group lists docs/content/models.
      sidebar: [
        { label: 'Home', translations: { 'zh-CN': '首页' }, slug: 'index' },
        {
          label: 'Getting started',
          translations: { 'zh-CN': '快速上手' },
          items: ['getting-started/node', 'getting-started/vite'],
        },
        {
          label: '3 Linear neural networks',
          translations: { 'zh-CN': '3 线性神经网络' },
          items: [
            'chapter-3/linear-regression',
            'chapter-3/linear-regression-scratch',
            'chapter-3/linear-regression-concise',
          ],
        },
        {
          label: 'Models',
          translations: { 'zh-CN': '模型' },
          items: modelPages(),
        },
        {
          label: 'Guides',
          translations: { 'zh-CN': '指南' },
          items: ['guides/data-at-scale'],
        },
        {
          label: 'API reference',
          translations: { 'zh-CN': 'API 参考' },
          items: typedoc.map(([, group]) => group),
        },
        { label: 'Performance', translations: { 'zh-CN': '性能' }, slug: 'performance' },
        { label: 'Contributing', translations: { 'zh-CN': '参与贡献' }, slug: 'contributing' },
      ],
    }),
  ],
})
