import { beforeAll, describe, expect, it } from 'vitest'
import { type CellRun, recordedRun } from '../scripts/example-runner.js'
import { itLearnsTheBookParameters } from './test-support/book-parameters.js'
import { figuresOf, textOf } from './test-support/outputs.js'
import { itHasAChineseTwin } from './test-support/twins.js'

describe('quickstart', () => {
  let run: CellRun
  let text: string
  beforeAll(() => {
    run = recordedRun('quickstart')
    text = textOf(run)
  })

  itLearnsTheBookParameters(() => text)

  it('prints no figure', () => {
    expect(figuresOf(run)).toHaveLength(0)
  })
})

itHasAChineseTwin('quickstart')
