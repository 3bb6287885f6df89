import { describe, expect, it } from 'vitest';
import { firstDay, percentile, runDays } from './run-days.js';

describe('runDays', () => {
  it('takes the nearest rank: p50 and p95 of 1..100 are 50 and 95; of one value, that value', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile([42], 95)).toBe(42);
    expect(percentile([], 50)).toBeNull();
  });

  it('gives every UTC day ending today, oldest first, empty days with zeros and nulls', () => {
    const now = new Date('2030-03-02T00:30:00Z');
    expect(firstDay(3, now).toISOString()).toBe('2030-02-28T00:00:00.000Z');
    const days = runDays(
      [
        { day: '2030-03-02', succeeded: true, durationMs: 300 },
        { day: '2030-03-02', succeeded: false, durationMs: null },
        { day: '2030-02-28', succeeded: true, durationMs: 100 },
        { day: '2030-02-27', succeeded: true, durationMs: 1 },
      ],
      3,
      now,
    );
    expect(days).toEqual([
      { day: '2030-02-28', succeeded: 1, failed: 0, p50Ms: 100, p95Ms: 100 },
      { day: '2030-03-01', succeeded: 0, failed: 0, p50Ms: null, p95Ms: null },
      { day: '2030-03-02', succeeded: 1, failed: 1, p50Ms: 300, p95Ms: 300 },
    ]);
  });
});
