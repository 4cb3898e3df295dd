// `pnpm new:model <name>`: a new model package, packages/models/<name> published as
// @d2l-ts/models-<name>, with its test, README, docs pages (English and Chinese), a code cell, its
// entry in the site's API reference, and its place among the packages that live cells can import.
// Run by @turbo/gen (the engine behind `turbo gen`).
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import type { PlopTypes } from '@turbo/gen'
import { checkModelName } from './model-name'
import { sortDependencies, sortListEntries, sortModelEntries } from './workspace-wiring'

const TEMPLATES = join(__dirname, 'templates', 'model')

export default function generator(plop: PlopTypes.NodePlopAPI): void {
  const root = plop.getDestBasePath()

  plop.setGenerator('model', {
    description:
      'A new model package: packages/models/<name> as @d2l-ts/models-<name>, with a test, a README, docs pages and its API reference',
    prompts: [
      {
        type: 'input',
        name: 'name',
        message:
          'Model name (lowercase letters, digits and dashes; the package is @d2l-ts/models-<name>):',
        // Runs before any action, for typed answers and for `--args` alike: a refused name writes nothing.
        validate: (name: unknown) => checkModelName(name, root),
      },
    ],
    actions: [
      ...[
        ['package.json', 'packages/models/{{name}}/package.json'],
        ['tsconfig.json', 'packages/models/{{name}}/tsconfig.json'],
        ['tsconfig.build.json', 'packages/models/{{name}}/tsconfig.build.json'],
        ['vitest.config.ts', 'packages/models/{{name}}/vitest.config.ts'],
        ['README.md', 'packages/models/{{name}}/README.md'],
        ['src/index.ts', 'packages/models/{{name}}/src/index.ts'],
        ['src/index.test.ts', 'packages/models/{{name}}/src/index.test.ts'],
        ['src/model.ts', 'packages/models/{{name}}/src/{{name}}.ts'],
        ['src/model.test.ts', 'packages/models/{{name}}/src/{{name}}.test.ts'],
        ['docs/page.mdx', 'docs/content/models/{{name}}.mdx'],
        ['docs/page.zh-cn.mdx', 'docs/content/zh-cn/models/{{name}}.mdx'],
        ['docs/quickstart.ts', 'docs/examples/{{name}}-quickstart.ts'],
        ['docs/quickstart.test.ts', 'docs/examples/{{name}}-quickstart.test.ts'],
      ].map(
        ([template, path]): PlopTypes.AddActionConfig => ({
          type: 'add',
          path: `{{ turbo.paths.root }}/${path}`,
          templateFile: join(TEMPLATES, `${template}.hbs`),
        }),
      ),
      {
        // The API reference: one starlight-typedoc plugin per entry of this list.
        type: 'modify',
        path: '{{ turbo.paths.root }}/apps/site/src/api-packages.mjs',
        // Appended to the list, then moved next to the other models by the transform.
        pattern: /(export const apiPackages = \[[\s\S]*?)(\n\])/,
        template:
          "$1\n  { name: '@d2l-ts/models-{{name}}', path: 'packages/models/{{name}}', slug: 'models-{{name}}' },$2",
        transform: sortModelEntries,
      },
      // The code cells import the package by its public name, so docs depends on it.
      addDependency('docs/package.json'),
      // The live cells (apps/site/README.md) import it in the reader's browser: the site bundles it,
      // a cell may name it, and the worker links the name to the bundled copy.
      addDependency('apps/site/package.json'),
      addToSortedList(
        'apps/site/src/components/live-cell/cell-imports.ts',
        'export const CELL_MODULE_NAMES = [',
        "'@d2l-ts/models-{{name}}',",
      ),
      addToSortedList(
        'apps/site/src/components/live-cell/cell-modules.ts',
        'export const CELL_MODULES: Record<CellModuleName, () => Promise<ModuleNamespace>> = {',
        "'@d2l-ts/models-{{name}}': () => import('@d2l-ts/models-{{name}}'),",
      ),
      () => {
        // Long names make some inserted entries longer than a line: let Biome lay them out.
        run('pnpm', ['exec', 'biome', 'format', '--write', ...EDITED_FILES])
        return `formatted ${EDITED_FILES.join(', ')}`
      },
      () => {
        // A new workspace package changes the lockfile, in CI too (where pnpm defaults to frozen).
        run('pnpm', ['install', '--prefer-offline', '--no-frozen-lockfile'])
        return 'pnpm install: the new package is linked into the workspace'
      },
      (answers) =>
        [
          `@d2l-ts/models-${answers.name} is ready. Next:`,
          `pnpm --filter @d2l-ts/models-${answers.name} test`,
          `edit packages/models/${answers.name}/src/${answers.name}.ts, its test and docs/content/models/${answers.name}.mdx (CONTRIBUTING.md, "Adding a model")`,
          'pnpm changeset',
        ].join('\n    '),
    ],
  })

  function run(command: string, args: string[]): void {
    execFileSync(command, args, { cwd: root, stdio: 'inherit' })
  }
}

/** Adds the new package to the `dependencies` of a package.json, as a workspace dependency. */
function addDependency(file: string): PlopTypes.ModifyActionConfig {
  return {
    type: 'modify',
    path: `{{ turbo.paths.root }}/${file}`,
    pattern: /("dependencies": \{)/,
    template: '$1\n    "@d2l-ts/models-{{name}}": "workspace:*",',
    transform: sortDependencies,
  }
}

/** Adds `entry` first in the list that `opening` starts, then puts the list back in order. */
function addToSortedList(
  file: string,
  opening: string,
  entry: string,
): PlopTypes.ModifyActionConfig {
  return {
    type: 'modify',
    path: `{{ turbo.paths.root }}/${file}`,
    pattern: opening,
    template: `$&\n  ${entry}`,
    transform: (text) => sortListEntries(text, opening),
  }
}

const EDITED_FILES = [
  'apps/site/package.json',
  'apps/site/src/api-packages.mjs',
  'apps/site/src/components/live-cell/cell-imports.ts',
  'apps/site/src/components/live-cell/cell-modules.ts',
  'docs/package.json',
]
