import { systemClock, type Clock } from './clock.js';

/** Waits until a request may go out; never drops one. A Redis implementation lives in the API. */
export interface RateLimiter {
  acquire(key: string, perMinute: number): Promise<void>;
}

const WINDOW_MS = 60_000;

/**
 * Sliding-window log in memory: each acquire reserves the earliest time at which the last minute
 * holds fewer than perMinute requests, then waits until then. Reservations keep arrival order.
 */
export function createRateLimiter(options: { clock?: Clock } = {}): RateLimiter {
  const clock = options.clock ?? systemClock;
  const reserved = new Map<string, number[]>();
  return {
    async acquire(key, perMinute) {
      const now = clock.now();
      const times = (reserved.get(key) ?? []).filter((t) => t > now - WINDOW_MS);
      const at =
        times.length < perMinute ? now : (times[times.length - perMinute] as number) + WINDOW_MS;
      times.push(at);
      reserved.set(key, times);
      if (at > now) await clock.sleep(at - now);
    },
  };
}
