// W4/W5's Parquet file lives in a cache outside git (bench/cache/, or $D2L_BENCH_CACHE): at the full
// size it is a gigabyte and takes tens of seconds to write and as long again to check, so it is made
// once and kept, with its recipe and its float64 reference in meta.json beside it. A file whose recipe
// (sizes, seed, parameters, DuckDB version) differs from the case's is made again.
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import { withDuckDB } from './duckdb.js'
import { featureNames, generateParquet, TARGET } from './parquet-generate.js'
import type { LinearFit, TableDataset } from './problem.js'
import { parquetReference } from './table-reference.js'
import type { TableCase } from './workload.js'

/** Everything the file is made from. */
interface Recipe {
  n: number
  d: number
  seed: number
  noiseStd: number
  truth: { w: number[]; b: number }
  means: number[]
  scales: number[]
  /** The file's values come from DuckDB's hash function, which a new DuckDB may change. */
  duckdb: string
}

/** meta.json, beside the Parquet file. */
export interface TableDatasetMeta {
  recipe: Recipe
  features: string[]
  target: string
  /** n(d + 1) float64 values: the data's raw size, which W4 and W5 judge peak RSS against. */
  rawBytes: number
  /** The Parquet file's size on disk. */
  fileBytes: number
  reference: { w: number[]; b: number }
  generationSeconds: number
  referenceSeconds: number
}

const FILE = 'data.parquet'
const META = 'meta.json'

/** Where table datasets are cached: $D2L_BENCH_CACHE, or `cache/` in the bench folder. */
export function tableCacheRoot(benchDir: string): string {
  return process.env.D2L_BENCH_CACHE ?? join(benchDir, 'cache')
}

/** The case's folder in the cache: its Parquet file and meta.json, made now unless already there. */
export async function ensureTableDataset(
  c: TableCase,
  cacheRoot: string,
): Promise<{ dir: string; meta: TableDatasetMeta; cached: boolean }> {
  const { version } = await import('@duckdb/node-api')
  const recipe: Recipe = {
    n: c.n,
    d: c.d,
    seed: c.seed,
    noiseStd: c.noiseStd,
    truth: { w: Array.from(c.truth.w), b: c.truth.b },
    means: Array.from(c.means),
    scales: Array.from(c.scales),
    duckdb: version(),
  }
  const dir = join(cacheRoot, `table-${c.n}x${c.d}-seed${c.seed}`)
  const cached = readMeta(dir)
  if (cached && JSON.stringify(cached.recipe) === JSON.stringify(recipe)) {
    return { dir, meta: cached, cached: true }
  }
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const path = join(dir, FILE)
  const features = featureNames(c.d)
  const meta = await withDuckDB(async (connection) => {
    const started = performance.now()
    // Written under another name first: an interrupted run leaves no file that looks complete.
    await generateParquet(connection, c, `${path}.partial`)
    renameSync(`${path}.partial`, path)
    const generated = performance.now()
    const reference = await parquetReference(connection, path, features, TARGET)
    return {
      recipe,
      features,
      target: TARGET,
      rawBytes: c.n * (c.d + 1) * 8,
      fileBytes: statSync(path).size,
      reference: { w: Array.from(reference.w), b: reference.b },
      generationSeconds: (generated - started) / 1000,
      referenceSeconds: (performance.now() - generated) / 1000,
    } satisfies TableDatasetMeta
  })
  writeFileSync(join(dir, META), `${JSON.stringify(meta, null, 2)}\n`)
  return { dir, meta, cached: false }
}

/** What a child needs from a cached case: the table to open, the truth and the reference. */
export function readTableDataset(dir: string): {
  table: TableDataset
  truth: LinearFit
  reference: LinearFit
} {
  const meta = readMeta(dir)
  if (!meta) throw new Error(`no table dataset in ${dir}`)
  return {
    table: {
      path: join(dir, FILE),
      features: meta.features,
      target: meta.target,
      n: meta.recipe.n,
    },
    truth: { w: Float64Array.from(meta.recipe.truth.w), b: meta.recipe.truth.b },
    reference: { w: Float64Array.from(meta.reference.w), b: meta.reference.b },
  }
}

function readMeta(dir: string): TableDatasetMeta | undefined {
  const file = join(dir, META)
  if (!existsSync(file) || !existsSync(join(dir, FILE))) return undefined
  return JSON.parse(readFileSync(file, 'utf8')) as TableDatasetMeta
}
