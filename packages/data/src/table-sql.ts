// Internal: the SQL a table sends, written once for every engine through its dialect. For ClickHouse
// every query is flat (aggregates directly over the relation, no subquery around it), so that a
// Distributed table runs the aggregates on its shards and only partial sums travel; and every
// aggregate is a count or a sum, the ones that merge exactly across shards and threads (see
// data-table.ts on ClickHouse).
import { ValueError } from '@d2l-ts/tensor'
import type { EngineColumn, SqlDialect } from './engine.js'

/** A column that a computation uses, with its SQL: when a row's value counts, and the value. */
export interface UsedColumn {
  name: string
  /** The argument that named it (`'options.features'`), for error messages. */
  argument: string
  /** True where the row holds a finite number (or text that is a plain decimal number). */
  valid: string
  /** The value as float64 (meaningful only where `valid` holds). */
  value: string
}

/** Resolves names against the table's columns; unknown or non-numeric ones are ValueErrors. */
/** The error for a column name the table does not have: it lists the table's columns. */
export function unknownColumn(
  argument: string,
  name: string,
  columns: readonly { name: string }[],
): ValueError {
  return new ValueError(
    {
      argument,
      expected: `a column of the table (${columns.map((c) => JSON.stringify(c.name)).join(', ')})`,
      received: JSON.stringify(name),
    },
    'Column names are case-sensitive.',
  )
}

export function useColumns(
  dialect: SqlDialect,
  columns: readonly EngineColumn[],
  names: readonly { name: string; argument: string }[],
): UsedColumn[] {
  return names.map(({ name, argument }) => {
    const column = columns.find((c) => c.name === name)
    if (column === undefined) throw unknownColumn(argument, name, columns)
    const q = dialect.identifier(name)
    switch (column.kind) {
      case 'exact':
        return { name, argument, valid: `(${q} IS NOT NULL)`, value: dialect.toFloat64(q) }
      case 'float':
        return {
          name,
          argument,
          valid: `(${q} IS NOT NULL AND ${dialect.isFinite(q)})`,
          value: dialect.toFloat64(q),
        }
      case 'text':
        return {
          name,
          argument,
          valid: `(${q} IS NOT NULL AND ${dialect.isDecimalText(q)})`,
          value: dialect.textToFloat64(q),
        }
      default:
        throw new ValueError({
          argument,
          expected: 'a column of numbers (or of text holding decimal numbers)',
          received: `column ${JSON.stringify(name)} of type ${column.type}`,
        })
    }
  })
}

/** True where every used column of the row is valid. */
export function allValid(used: readonly UsedColumn[]): string {
  return used.map((c) => c.valid).join(' AND ')
}

/** `WHERE …` that keeps the valid rows. */
export function whereValid(used: readonly UsedColumn[]): string {
  return `WHERE ${allValid(used)}`
}

/**
 * Pass 1: the row count, each column's count of invalid rows, and (with `sums`) each column's sum. A
 * sum is meaningful only when no row is invalid (SQL's sum passes over NULL but not over NaN); with
 * invalid rows, the counts decide between an error and {@link validSumsQuery}.
 */
export function countsQuery(relation: string, used: readonly UsedColumn[], sums: boolean): string {
  const items = [
    'count(*)',
    ...used.map((c) => `sum(CASE WHEN ${c.valid} THEN 0 ELSE 1 END)`),
    ...(sums ? used.map((c) => `sum(${c.value})`) : []),
  ]
  return `SELECT ${items.join(', ')} FROM ${relation}`
}

/** The count and each column's sum over the rows valid in every column (for `invalid: 'drop'`). */
export function validSumsQuery(relation: string, used: readonly UsedColumn[]): string {
  const items = ['count(*)', ...used.map((c) => `sum(${c.value})`)]
  return `SELECT ${items.join(', ')} FROM ${relation} ${whereValid(used)}`
}

/**
 * `SELECT` of sums over expressions of each valid row. Where the engine computes a shared
 * subexpression once only when it is named (DuckDB, PostgreSQL), the expressions are computed once in a
 * subquery (measured: 2.4 times faster in DuckDB for 16 columns); where a subquery would stop the
 * aggregation from running on a cluster's shards (ClickHouse, which merges repeated expressions itself),
 * they are written out in each sum.
 */
function sumsOver(
  dialect: SqlDialect,
  relation: string,
  used: readonly UsedColumn[],
  expressions: readonly string[],
  sums: (term: (i: number) => string) => string[],
): string {
  if (dialect.aggregatesSeeThroughSubqueries) {
    const named = expressions.map((e, i) => `${e} AS t${i}`).join(', ')
    const items = sums((i) => `t${i}`).map((x) => `sum(${x})`)
    return `SELECT ${items.join(', ')} FROM (SELECT ${named} FROM ${relation} ${whereValid(used)}) AS terms`
  }
  const items = sums((i) => expressions[i] as string).map((x) => `sum(${x})`)
  return `SELECT ${items.join(', ')} FROM ${relation} ${whereValid(used)}`
}

/** Pairs (i, j), i <= j, of the packed upper triangle of a k × k symmetric matrix, row by row. */
export function upperTriangle(k: number): [number, number][] {
  const pairs: [number, number][] = []
  for (let i = 0; i < k; i++) for (let j = i; j < k; j++) pairs.push([i, j])
  return pairs
}

/**
 * Pass 2: with the means of pass 1 as literals, the sums of the centred values (which round-off
 * leaves near, not at, zero; they correct the centre) and the centred cross-products of every pair.
 */
export function centredProductsQuery(
  dialect: SqlDialect,
  relation: string,
  used: readonly UsedColumn[],
  means: ArrayLike<number>,
): string {
  const centred = used.map((c, i) => `(${c.value} - ${dialect.float64(means[i] as number)})`)
  return sumsOver(dialect, relation, used, centred, (term) => [
    ...used.map((_, i) => term(i)),
    ...upperTriangle(used.length).map(([i, j]) => `${term(i)} * ${term(j)}`),
  ])
}

/**
 * The residual pass: r = y − intercept − Σⱼ θⱼ (xⱼ − cⱼ), and the sums Σ (xⱼ − cⱼ) r, Σ r, Σ r², and the
 * count of rows (as Σ 1). `used` lists the features, then the target.
 */
export function residualsQuery(
  dialect: SqlDialect,
  relation: string,
  used: readonly UsedColumn[],
  coefficients: ArrayLike<number>,
  intercept: number,
  center: ArrayLike<number>,
): string {
  const d = used.length - 1
  const target = used[d] as UsedColumn
  const centred = used
    .slice(0, d)
    .map((c, j) => `(${c.value} - ${dialect.float64(center[j] as number)})`)
  const prediction = centred
    .map((c, j) => `${dialect.float64(coefficients[j] as number)} * ${c}`)
    .join(' + ')
  const residual = `(${target.value} - ${dialect.float64(intercept)} - (${prediction}))`
  return sumsOver(dialect, relation, used, [...centred, residual], (term) => [
    '1',
    ...centred.map((_, j) => `${term(j)} * ${term(d)}`),
    term(d),
    `${term(d)} * ${term(d)}`,
  ])
}

/** The used columns' values, for streaming. */
export function valuesQuery(relation: string, used: readonly UsedColumn[], dropInvalid: boolean) {
  const where = dropInvalid ? ` ${whereValid(used)}` : ''
  return `SELECT ${used.map((c) => c.value).join(', ')} FROM ${relation}${where}`
}
