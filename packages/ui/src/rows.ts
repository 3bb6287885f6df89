import type { CriterionRow, KeyValueRow } from './types';

/** Errors of blank cells, keyed "<index>.key" / "<index>.value"; empty when every cell is filled. */
export function validateRows(rows: readonly KeyValueRow[]): Record<string, string> {
  const errors: Record<string, string> = {};
  rows.forEach((row, i) => {
    if (!row.key.trim()) errors[`${i}.key`] = 'Key is required';
    if (!row.value.trim()) errors[`${i}.value`] = 'Value is required';
  });
  return errors;
}

export function validateCriteria(rows: readonly CriterionRow[]): Record<string, string> {
  const errors: Record<string, string> = {};
  rows.forEach((row, i) => {
    if (!row.value.trim()) errors[`${i}.value`] = 'Value is required';
  });
  return errors;
}
