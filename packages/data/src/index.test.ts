import { expect, it } from 'vitest'
import * as data from './index.js'

// Adding or removing public API must be a visible, reviewed change.
it('exports exactly these names', () => {
  expect(Object.keys(data).sort()).toMatchInlineSnapshot(`
    [
      "BatchSchedule",
      "DataTable",
      "EngineError",
      "TableBatches",
      "dataIter",
      "epochOrder",
      "fromIDX",
      "fromRecords",
      "loadArray",
      "openTable",
      "readCSV",
      "readCSVFile",
      "readIDX",
      "standardize",
      "syntheticData",
      "trainTestSplit",
    ]
  `)
})
