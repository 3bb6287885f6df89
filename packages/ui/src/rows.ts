import { headerSchema, successCriterionSchema, toFieldIssues } from '@odc/core/schema';
import type { CriterionRow, KeyValueRow } from './types';

type Rows = Record<string, string>;

/** Core's issues for each row, keyed "<index>.<field>" (the first per cell). */
function rowIssues(
  schema: typeof headerSchema | typeof successCriterionSchema,
  rows: readonly object[],
): Rows {
  const errors: Rows = {};
  rows.forEach((row, i) => {
    const parsed = schema.safeParse(row);
    if (parsed.success) return;
    for (const issue of toFieldIssues(parsed.error)) errors[`${i}.${issue.path}`] ??= issue.message;
  });
  return errors;
}

/**
 * Header rows checked by core's header schema: the messages the server gives. A secret row left
 * blank over a stored value keeps that value, so it counts as filled.
 */
export const validateRows = (rows: readonly KeyValueRow[]): Rows =>
  rowIssues(
    headerSchema,
    rows.map((r) => ({
      key: r.key,
      value: r.secret && r.stored && r.value === '' ? 'stored' : r.value,
    })),
  );

/** Success criterion rows checked by core's criterion schema. */
export const validateCriteria = (rows: readonly CriterionRow[]): Rows =>
  rowIssues(successCriterionSchema, rows);
