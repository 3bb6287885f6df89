import { describe, expect, it } from 'vitest';
import { RunCounter } from './run-count.js';

const HOUR = 3_600_000;

describe('RunCounter', () => {
  it('counts runs before the previous hour once per hour, the newer ones on every call', async () => {
    let now = Date.parse('2030-01-01T10:20:00Z');
    const counter = new RunCounter(() => now);
    const calls: string[] = [];
    const count = async (extra: { sql: string; at: Date } | null) => {
      calls.push(extra ? `${extra.sql} ${extra.at.toISOString()}` : 'exact');
      return extra?.sql.includes('<') ? 1000 : 7;
    };
    expect(await counter.count('org|a', count)).toBe(1007);
    expect(await counter.count('org|a', count)).toBe(1007);
    expect(calls).toEqual([
      'r.createdAt < ? 2030-01-01T09:00:00.000Z',
      'r.createdAt >= ? 2030-01-01T09:00:00.000Z',
      'r.createdAt >= ? 2030-01-01T09:00:00.000Z',
    ]);
    // Another filter is another entry; the next hour counts the older runs again.
    await counter.count('org|b', count);
    expect(calls.filter((c) => c.includes('<'))).toHaveLength(2);
    now += HOUR;
    calls.length = 0;
    await counter.count('org|a', count);
    expect(calls[0]).toBe('r.createdAt < ? 2030-01-01T10:00:00.000Z');
  });

  it('counts exactly, every time, without a key', async () => {
    const counter = new RunCounter();
    let n = 0;
    const count = async (extra: unknown) => (extra === null ? ++n : -1);
    expect(await counter.count(null, count)).toBe(1);
    expect(await counter.count(null, count)).toBe(2);
  });
});
