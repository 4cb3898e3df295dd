import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Lowercase letters and digits in dash-separated words, starting with a letter: `softmax`, `mlp-2`. */
const MODEL_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/

/** Longer names make package names, class names and sidebar labels that nobody wants to type. */
const MAX_LENGTH = 40

/**
 * Why `name` cannot be a new model of the workspace at `root`, or `true` when it can. The generator
 * asks this before it writes anything, so a refused name leaves the tree untouched.
 */
export function checkModelName(name: unknown, root: string): true | string {
  const shown = JSON.stringify(name)
  if (typeof name !== 'string' || name.length === 0) {
    return 'a model name is required: pnpm new:model <name>, e.g. pnpm new:model softmax'
  }
  if (!MODEL_NAME.test(name)) {
    return (
      `${shown} is not a valid model name: use lowercase letters, digits and single dashes, ` +
      'starting with a letter (e.g. softmax, ridge, mlp-2)'
    )
  }
  if (name.length > MAX_LENGTH) {
    return `${shown} is too long for a model name: at most ${MAX_LENGTH} characters`
  }
  const packageName = `@d2l-ts/models-${name}`
  const folder = join('packages', 'models', name)
  if (existsSync(join(root, folder))) {
    return `${shown} is taken: ${folder} already exists. Choose another name, or edit that package`
  }
  if (workspacePackageNames(root).has(packageName)) {
    return `${shown} is taken: the workspace already has a package named ${packageName}`
  }
  for (const page of [`docs/content/models/${name}.mdx`, `docs/content/zh-cn/models/${name}.mdx`]) {
    if (existsSync(join(root, page))) return `${shown} is taken: ${page} already exists`
  }
  return true
}

/** The names in every package.json one or two folders below packages/ (the workspace's globs). */
function workspacePackageNames(root: string): Set<string> {
  const names = new Set<string>()
  const visit = (dir: string, depth: number) => {
    if (!existsSync(dir)) return
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name === 'node_modules') continue
      const manifest = join(dir, entry.name, 'package.json')
      if (existsSync(manifest)) {
        const { name } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }
        if (name) names.add(name)
      } else if (depth > 0) {
        visit(join(dir, entry.name), depth - 1)
      }
    }
  }
  visit(join(root, 'packages'), 1)
  return names
}
