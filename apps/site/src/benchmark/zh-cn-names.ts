// Chinese for the English texts that bench/results/latest.json carries (workload titles, targets and
// their notes), keyed by the JSON's stable ids and texts: the bench writes English only, and the
// site owns its translations. zh-cn-names.test.ts fails when the JSON has a text missing here.
// In a key, {} stands for a number the bench measured; in a value, `…` marks code.

import type { Locale, Workload } from './results.js'

export const zhCnWorkloadTitles: Record<string, string> = {
  W1: '原书 3.2 节：1000×2，批量大小 10，学习率 0.03，3 个迭代周期',
  W2: '大规模 SGD：N×64 的 float32 数据，批量大小 1024，学习率 0.01，1 个迭代周期',
  W3: '解析解：带截距的最小二乘',
  W4: 'Parquet 文件上的解析解：15 个 float64 特征，数据行留在 DuckDB 中',
  W5: '从 Parquet 文件流式读取的 1 个 SGD 迭代周期：批量大小 1024，学习率 0.01',
}

export const zhCnTargetTexts: Record<string, string> = {
  'fit on cpu vs tfjs-layers model.fit (speed-up)':
    '`fit`（`cpu` 后端）相对 tfjs-layers 的 `model.fit` 的加速比',
  'fit on cpu vs the plain typed-array loop (slowdown)':
    '`fit`（`cpu` 后端）的耗时是纯类型化数组循环的几倍',
  'peak RSS of the d2l-ts process / dataset bytes': 'd2l-ts 进程的内存峰值（RSS）/ 数据集的字节数',
  'includes the Node runtime and the dataset read from disk':
    '包括 Node 运行时和从磁盘读入的数据集',
  'fitClosedForm on cpu vs ml.js (speed-up)': '`fitClosedForm`（`cpu` 后端）相对 ml.js 的加速比',
  'fitClosedForm on cpu vs jax-js lstsq, float32 (speed-up)':
    '`fitClosedForm`（`cpu` 后端）相对 jax-js `lstsq`（float32）的加速比',
  'jax-js float32 misses the 1e-6 accuracy check ({})':
    'jax-js 的 float32 结果未通过 1e-6 的精度检查（{}）',
  'fitClosedForm on cpu vs jax-js lstsq, float64 (speed-up)':
    '`fitClosedForm`（`cpu` 后端）相对 jax-js `lstsq`（float64）的加速比',
  'coefficients vs the float64 reference (max-norm rel. error)':
    '系数与 float64 参考解的相对误差（最大范数）',
  'fitClosedForm(table) on cpu vs the hand-written two-pass DuckDB query (slowdown)':
    '`fitClosedForm(table)`（`cpu` 后端）的耗时是手写的两遍 DuckDB 查询的几倍',
  "peak RSS of the d2l-ts process / the data's raw bytes":
    'd2l-ts 进程的内存峰值（RSS）/ 数据的原始字节数',
  'the whole process: Node, the harness and DuckDB': '整个进程：Node、基准测试框架和 DuckDB',
  'last batch loss / first batch loss': '最后一个小批量的损失 / 第一个小批量的损失',
  'weights vs the truth (L2 rel. error)': '权重与真实值的相对误差（L2 范数）',
}

/** The Chinese of `english` from `texts`, with the measured numbers of a {} key put back in. */
export function zhCnTextOf(english: string, texts: Record<string, string>): string | undefined {
  if (texts[english] !== undefined) return texts[english]
  for (const [key, chinese] of Object.entries(texts)) {
    if (!key.includes('{}')) continue
    const pattern = key.replace(/[.*+?^$()[\]\\|]/g, '\\$&').replaceAll('{}', '([-+.\\de]+)')
    const numbers = new RegExp(`^${pattern}$`).exec(english)?.slice(1)
    if (numbers) return numbers.reduce((text, n) => text.replace('{}', n), chinese)
  }
  return undefined
}

/** A workload's title in `locale`: the JSON's own in English. */
export function workloadTitleIn(locale: Locale, workload: Workload): string {
  return (locale === 'zh-cn' && zhCnWorkloadTitles[workload.id]) || workload.title
}

/** A target's description or note in `locale`: the JSON's own in English. */
export function targetTextIn(locale: Locale, english: string): string {
  return (locale === 'zh-cn' && zhCnTextOf(english, zhCnTargetTexts)) || english
}
