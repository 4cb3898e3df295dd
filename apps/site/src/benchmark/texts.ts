// The words the performance page's component writes itself, in each locale.
import type { BenchResults, Locale, UntimedStatus } from './results.js'

export interface BenchTexts {
  missing: string
  machine: string
  cores: (n: number) => string
  mode: Record<BenchResults['mode'], string>
  command: string
  /** Where the command runs: `bench/` goes in as code. */
  inDirectory: [before: string, after: string]
  implementation: string
  median: string
  range: string
  /** The speed column's heading, around the reference's key (code). */
  speed: [before: string, after: string]
  check: string
  passed: string
  failed: string
  targets: string
  workload: string
  target: string
  required: string
  measured: string
  met: string
  notTimed: string
  untimed: Record<UntimedStatus, string>
  /** The time limit a timed-out record ran into. */
  limit: (seconds: number) => string
  /** Punctuation: Chinese text takes full-width marks. */
  colon: string
  comma: string
  semicolon: string
  period: string
  parenthesized: (text: string) => string
}

export const benchTexts: Record<Locale, BenchTexts> = {
  en: {
    missing: 'No benchmark results yet: run pnpm bench at the repository root.',
    machine: 'Machine',
    cores: (n) => `${n} cores`,
    mode: { full: 'full run', quick: 'quick run' },
    command: 'Reproduce with',
    inDirectory: [' (in ', ')'],
    implementation: 'implementation',
    median: 'median (s)',
    range: 'min–max (s)',
    speed: ['speed vs ', ''],
    check: 'check (rel. error)',
    passed: 'ok',
    failed: 'failed',
    targets: 'Targets',
    workload: 'workload',
    target: 'target',
    required: 'required',
    measured: 'measured',
    met: 'met',
    notTimed: 'not timed',
    untimed: { timeout: 'timed out', error: 'error', skipped: 'skipped' },
    limit: (seconds) => `the limit is ${seconds} s`,
    colon: ': ',
    comma: ', ',
    semicolon: '; ',
    period: '. ',
    parenthesized: (text) => ` (${text})`,
  },
  'zh-cn': {
    missing: '还没有基准测试结果：在仓库根目录运行 pnpm bench。',
    machine: '机器',
    cores: (n) => `${n} 核`,
    mode: { full: '完整运行', quick: '快速运行' },
    command: '重现命令',
    inDirectory: ['（在 ', ' 目录中运行）'],
    implementation: '实现',
    median: '中位数（秒）',
    range: '最小–最大（秒）',
    speed: ['相对速度（', ' = 1）'],
    check: '结果检查（相对误差）',
    passed: '通过',
    failed: '未通过',
    targets: '性能目标',
    workload: '工作负载',
    target: '目标',
    required: '要求',
    measured: '实测',
    met: '达成',
    notTimed: '未计时',
    untimed: { timeout: '超时', error: '出错', skipped: '跳过' },
    limit: (seconds) => `时限 ${seconds} 秒`,
    colon: '：',
    comma: '，',
    semicolon: '；',
    period: '。',
    parenthesized: (text) => `（${text}）`,
  },
}
