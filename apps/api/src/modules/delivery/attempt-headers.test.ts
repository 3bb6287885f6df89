import { describe, expect, it } from 'vitest';
import {
  DROPPED,
  MAX_HEADER_VALUE,
  MAX_HEADERS_CHARS,
  readHeaders,
  storeHeaders,
} from './attempt-headers.js';

describe('attempt headers', () => {
  it('keeps names, values and order, and reads them back', () => {
    const stored = storeHeaders({
      'content-type': 'application/json',
      authorization: '[redacted]',
    });
    expect(readHeaders(stored)).toEqual([
      { name: 'content-type', value: 'application/json' },
      { name: 'authorization', value: '[redacted]' },
    ]);
  });

  it('stores nothing for no headers, and reads nothing from nothing', () => {
    expect(storeHeaders(undefined)).toBeNull();
    expect(storeHeaders({})).toBeNull();
    expect(readHeaders(null)).toBeNull();
    expect(readHeaders('not json')).toBeNull();
  });

  it('cuts a long value and drops headers past the cap, saying how many', () => {
    const many: Record<string, string> = { 'x-long': 'v'.repeat(5000) };
    for (let i = 0; i < 100; i++) many[`x-h${i}`] = 'w'.repeat(200);
    const stored = storeHeaders(many)!;
    const read = readHeaders(stored)!;
    expect(read[0]!.value).toHaveLength(MAX_HEADER_VALUE);
    expect(read[0]!.value.endsWith(DROPPED)).toBe(true);
    const last = read.at(-1)!;
    expect(last.name).toBe(DROPPED);
    expect(last.value).toBe(`${101 - (read.length - 1)} more not kept`);
    const text = read.slice(0, -1).reduce((n, h) => n + h.name.length + h.value.length, 0);
    expect(text).toBeLessThanOrEqual(MAX_HEADERS_CHARS);
  });
});
