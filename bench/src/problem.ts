/** A regression dataset as the bench hands it to every implementation: row-major float32. */
export interface Dataset {
  /** Features, n × d, row-major. */
  X: Float32Array
  /** Labels, n. */
  y: Float32Array
  n: number
  d: number
}

/** A table on disk, as W4 and W5 hand it to an implementation: a float64 Parquet file and its columns. */
export interface TableDataset {
  path: string
  features: string[]
  target: string
  /** Rows in the file. */
  n: number
}

/** Minibatch SGD settings shared by every implementation of an SGD workload. */
export interface SgdSettings {
  batchSize: number
  /** Step size for the loss ½(ŷ − y)² averaged over the batch (the book's); MSE-based peers use lr / 2. */
  lr: number
  epochs: number
  /** Seeds the minibatch order where an implementation lets it be seeded. */
  seed: number
}

/** Learned parameters of a one-output linear model, as plain float64 numbers. */
export interface LinearFit {
  w: Float64Array
  b: number
}

/** The losses an SGD run reported batch by batch (½(ŷ − y)², batch mean), as its progress shows them. */
export interface TrainingTrace {
  firstBatchLoss: number
  lastBatchLoss: number
  batches: number
}

/** The checked run's fit, and what the implementation said about it. */
export interface CheckedRun {
  fit: LinearFit
  trace?: TrainingTrace
  /** How the fit was computed, where the implementation says (d2l-ts's summary().method). */
  method?: string
}

/** One implementation, set up on its data and ready to be timed. */
export interface Prepared {
  /** One complete fit from the starting point (each call starts afresh); what is timed. */
  run(): Promise<LinearFit>
  /**
   * The same fit, also reporting how it went (its batch losses, its method); used for the checked run
   * only, so that the timed runs make the plain call, without a progress callback.
   */
  checkedRun?(): Promise<CheckedRun>
  /** Frees what `prepare` made (tensors, device buffers). */
  dispose(): void
}

/** What an implementation module exports: one entry point per kind of workload it can do. */
export interface ImplementationModule {
  /** Minibatch SGD on `data`, on `backend` (a tfjs backend name, or the implementation's own engine). */
  sgd?: (data: Dataset, settings: SgdSettings, backend: string) => Promise<Prepared>
  /** Least squares with an intercept on `data`. */
  closedForm?: (data: Dataset, backend: string) => Promise<Prepared>
  /** W4: least squares with an intercept on a table, the data staying in its file. */
  tableClosedForm?: (table: TableDataset, backend: string) => Promise<Prepared>
  /** W5: minibatch SGD streamed from a table. */
  tableSgd?: (table: TableDataset, settings: SgdSettings, backend: string) => Promise<Prepared>
}

/** The parameters as one vector [w…, b], for error norms. */
export function flatten(fit: LinearFit): Float64Array {
  const out = new Float64Array(fit.w.length + 1)
  out.set(fit.w)
  out[fit.w.length] = fit.b
  return out
}
