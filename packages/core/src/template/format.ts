import type { FieldValue } from './types.js';

// Characters JSON.stringify would escape: quote, backslash, controls, and surrogates (lone ones).
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** The value as the inside of a JSON string literal (no quotes); missing = nothing. */
export function inString(value: FieldValue | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : String(value);
  return NEEDS_ESCAPE.test(text) ? JSON.stringify(text).slice(1, -1) : text;
}

/** The value as a whole JSON value: number, true/false, a quoted string, or null. */
export function asValue(value: FieldValue | undefined): string {
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`;
    default:
      return 'null';
  }
}
