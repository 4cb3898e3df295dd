import { ValueError } from '@d2l-ts/tensor'
import type { RankDeficientError } from './gram-factor.js'

/**
 * The user's error for linearly dependent columns: which column, and what it depends on (a constant
 * column is explained by the bias; without an intercept, only an all-zero column is alone).
 *
 * @param names how to name a column: its index (arrays) or its name (a table's columns).
 */
export function dependentColumnsError(
  { deficiency: { column, combinationOf } }: RankDeficientError,
  {
    argument,
    intercept,
    names,
  }: { argument: string; intercept: boolean; names?: readonly string[] },
): ValueError {
  const name = (j: number) => (names ? JSON.stringify(names[j]) : String(j))
  const alone = intercept ? 'is constant, which the bias already models' : 'is all zeros'
  const what =
    combinationOf.length === 0
      ? `column ${name(column)} ${alone}`
      : `column ${name(column)} is a linear combination of column${combinationOf.length > 1 ? 's' : ''} ${combinationOf.map(name).join(', ')}`
  return new ValueError(
    {
      argument,
      expected: 'linearly independent columns for the closed-form solution',
      received: what,
    },
    'Remove the column, or pass { ridge: λ } with λ > 0 for a regularised solution',
  )
}
