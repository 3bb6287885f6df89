import { describe, expect, it } from 'vitest';
import { fakeClock } from '../test-support/target-server.js';
import {
  BACKOFF_SCHEDULE_MS,
  backoffDelayMs,
  describeHorizon,
  parseRetryAfter,
  retryHorizonMs,
} from './backoff.js';
import { createRateLimiter } from './rate-limiter.js';

describe('back-off', () => {
  it('follows the schedule 1 s, 5 s, 30 s, 2 min, 10 min, 30 min, 1 h, 2 h, 4 h, 8 h, 12 h, 24 h', () => {
    const mid = () => 0.5;
    const h = 3_600_000;
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 19].map((n) => backoffDelayMs(n, mid))).toEqual([
      1000,
      5000,
      30_000,
      120_000,
      600_000,
      1_800_000,
      h,
      2 * h,
      4 * h,
      8 * h,
      12 * h,
      24 * h,
      24 * h,
    ]);
  });

  it('tells how long a push keeps trying', () => {
    expect(retryHorizonMs(1)).toBe(0);
    expect(retryHorizonMs(5)).toBe(156_000);
    expect(describeHorizon(1)).toBe('does not retry');
    expect(describeHorizon(5)).toBe('gives up after about 3 min');
    expect(describeHorizon(12)).toBe('gives up after about 28 h');
    // 20 attempts cover an outage of more than two days.
    expect(retryHorizonMs(20)).toBeGreaterThan(48 * 3_600_000);
    expect(describeHorizon(20)).toBe('gives up after about 9 days');
  });

  it('jitters by at most 20 %', () => {
    BACKOFF_SCHEDULE_MS.forEach((base, i) => {
      expect(backoffDelayMs(i + 1, () => 0)).toBe(Math.round(base * 0.8));
      expect(backoffDelayMs(i + 1, () => 0.999999)).toBeLessThanOrEqual(Math.round(base * 1.2));
    });
  });
});

describe('Retry-After', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it('reads seconds and HTTP dates, capped at 1 h', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('999999', now)).toBe(3_600_000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 00:00:00 GMT', now)).toBe(0);
  });
  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(undefined, now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
});

describe('rate limiter', () => {
  it('lets perMinute requests through at once and makes the rest wait, in order, never dropping one', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ clock });
    const done: number[] = [];
    const all = Array.from({ length: 7 }, (_, i) =>
      limiter.acquire('c1', 3).then(() => done.push(i)),
    );
    await Promise.resolve();
    await new Promise((r) => setImmediate(r));
    expect(done).toEqual([0, 1, 2]);
    clock.advance(59_999);
    await new Promise((r) => setImmediate(r));
    expect(done).toEqual([0, 1, 2]);
    clock.advance(1);
    await new Promise((r) => setImmediate(r));
    expect(done).toEqual([0, 1, 2, 3, 4, 5]);
    clock.advance(60_000);
    await Promise.all(all);
    expect(done).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('keeps connectors apart', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ clock });
    await limiter.acquire('a', 1);
    await limiter.acquire('b', 1);
    let waited = true;
    void limiter.acquire('a', 1).then(() => (waited = false));
    await new Promise((r) => setImmediate(r));
    expect(waited).toBe(true);
  });
});

describe('rate limiter over time', () => {
  it('spaces a long queue at perMinute a minute and forgets old requests', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ clock });
    const done: number[] = [];
    const all = Array.from({ length: 10 }, (_, i) =>
      limiter.acquire('c', 4).then(() => done.push(i)),
    );
    const settle = () => new Promise((r) => setImmediate(r));
    await settle();
    for (const expected of [4, 8, 10]) {
      expect(done).toHaveLength(expected);
      clock.advance(60_000);
      await settle();
    }
    await Promise.all(all);
    clock.advance(120_000);
    await limiter.acquire('c', 4);
    expect(done).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('rate limiter reservations', () => {
  it('answers the wait of each reserved slot without sleeping', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ clock });
    const waits = [];
    for (let i = 0; i < 5; i++) waits.push(await limiter.reserve('r', 2));
    expect(waits).toEqual([0, 0, 60_000, 60_000, 120_000]);
    clock.advance(60_000);
    expect(await limiter.reserve('r', 2)).toBe(60_000);
  });
});

describe('Retry-After oddities', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it.each(['1.5', '-5', '', '  ', '1e3'])('treats %j as unreadable', (header) =>
    expect(parseRetryAfter(header, now)).toBeNull(),
  );
  it('reads the obsolete date formats HTTP allows', () => {
    expect(parseRetryAfter('Thursday, 01-Jan-26 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Thu Jan  1 00:00:30 2026', now)).toBe(30_000);
  });
});
