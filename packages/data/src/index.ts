export type { BatchScheduleOptions, RowRange } from './batch-schedule.js'
export { BatchSchedule } from './batch-schedule.js'
export type { ReadCSVOptions } from './csv.js'
export { readCSV } from './csv.js'
export { readCSVFile } from './csv-file.js'
export type { Batch, DataLoader, LoadArrayOptions } from './data-loader.js'
export { dataIter, loadArray } from './data-loader.js'
export type {
  ChunkDType,
  ChunkOptions,
  Moments,
  Residuals,
  ResidualsOptions,
  TableChunk,
  TableColumn,
  TableColumnsOptions,
} from './data-table.js'
export { DataTable } from './data-table.js'
export type { EngineName } from './engine.js'
export { EngineError } from './engine.js'
export type { EpochOrderOptions } from './epoch-order.js'
export { epochOrder } from './epoch-order.js'
export type { IDXData, IDXType } from './idx.js'
export { fromIDX, readIDX } from './idx.js'
export type {
  ClickHouseSource,
  DuckDBSource,
  OpenTableOptions,
  PostgresSource,
  TableSelection,
  TableSource,
} from './open-table.js'
export { openTable } from './open-table.js'
export { fromRecords } from './records.js'
export type { Standardized } from './standardize.js'
export { standardize } from './standardize.js'
export type { RegressionData, SyntheticDataOptions } from './synthetic-data.js'
export { syntheticData } from './synthetic-data.js'
export type { InvalidRowPolicy, TableData, TableOptions } from './table.js'
export type { TableBatch, TableBatchOptions } from './table-batches.js'
export { TableBatches } from './table-batches.js'
export type { TrainTestSplit, TrainTestSplitOptions } from './train-test-split.js'
export { trainTestSplit } from './train-test-split.js'
