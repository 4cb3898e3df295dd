import { describe, expect, it } from 'vitest'
import { results } from './results.js'
import { zhCnTargetTexts, zhCnTextOf, zhCnWorkloadTitles } from './zh-cn-names.js'

// A workload or target added to the bench must get its Chinese here, or the Chinese page shows English.
describe('the Chinese names of the benchmark results', () => {
  it('has a title for every workload in latest.json', () => {
    const missing = results?.workloads.filter((w) => zhCnWorkloadTitles[w.id] === undefined)
    expect(missing?.map((w) => `${w.id}: ${w.title}`)).toEqual([])
  })

  it('has every target description and note in latest.json', () => {
    const texts = results?.targets.flatMap((t) => [t.target, ...(t.note ? [t.note] : [])])
    expect(texts?.filter((text) => zhCnTextOf(text, zhCnTargetTexts) === undefined)).toEqual([])
  })

  it('puts the measured numbers of a note back into its Chinese', () => {
    expect(
      zhCnTextOf('jax-js float32 misses the 1e-6 accuracy check (4.6e-4)', zhCnTargetTexts),
    ).toBe('jax-js 的 float32 结果未通过 1e-6 的精度检查（4.6e-4）')
  })
})
