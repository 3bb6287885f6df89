import type { Dialect } from './tables.js';

/** Contacts made set-based for tests and benchmarks: ids `<prefix>-0000001`, names `<first> n`. */
export interface SeedContacts {
  organizationId: string;
  ownerId: string;
  prefix: string;
  firstName: string;
  /** Numbers start..start+count-1. */
  start: number;
  count: number;
}

const DIGITS =
  'SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9';

/**
 * One INSERT … SELECT over a cross join of digit tables (up to 1,000,000 rows, no recursion
 * limits): the same text shape on SQLite and MySQL/MariaDB.
 */
export function seedContactsSql(
  dialect: Dialect,
  s: SeedContacts,
): { sql: string; params: unknown[] } {
  const n = '(d0.d + 10 * d1.d + 100 * d2.d + 1000 * d3.d + 10000 * d4.d + 100000 * d5.d + ?)';
  const text = (parts: string[]) =>
    dialect === 'mysql' ? `CONCAT(${parts.join(', ')})` : parts.join(' || ');
  const padded = dialect === 'mysql' ? `LPAD(${n}, 7, '0')` : `printf('%07d', ${n})`;
  const from = [0, 1, 2, 3, 4, 5].map((i) => `(${DIGITS}) d${i}`).join(' CROSS JOIN ');
  const sql = `INSERT INTO contact (id, organizationId, ownerId, firstName, lastName, email, customFields)
    SELECT ${text(['?', "'-'", padded])}, ?, ?, ${text(['?', "' '", `${n}`])}, 'Bulk',
      ${text(["'bulk'", `${n}`, "'@bulk.test'"])}, '[]'
    FROM ${from}
    WHERE d0.d + 10 * d1.d + 100 * d2.d + 1000 * d3.d + 10000 * d4.d + 100000 * d5.d < ?`;
  // Parameters in text order: id (prefix, n), org, owner, name (first, n), email (n), limit.
  const params = [
    s.prefix,
    s.start,
    s.organizationId,
    s.ownerId,
    s.firstName,
    s.start,
    s.start,
    s.count,
  ];
  return { sql, params };
}
