import { systemClock, type Clock } from './clock.js';

/** Waits until a request may go out; never drops one. A Redis implementation lives in the API. */
export interface RateLimiter {
  acquire(key: string, perMinute: number): Promise<void>;
  /** Reserves the next slot without waiting; answers how many ms from now it starts. */
  reserve(key: string, perMinute: number): Promise<number>;
}

const WINDOW_MS = 60_000;

/** Reserved send times of one key, ascending; times before head are out of the window. */
interface Log {
  times: number[];
  head: number;
}

/**
 * Sliding-window log in memory: each acquire reserves the earliest time at which the last minute
 * holds fewer than perMinute requests, then waits until then. Reservations keep arrival order.
 */
export function createRateLimiter(options: { clock?: Clock } = {}): RateLimiter {
  const clock = options.clock ?? systemClock;
  const logs = new Map<string, Log>();
  const sweep = (now: number) => {
    for (const [key, log] of logs)
      if ((log.times[log.times.length - 1] ?? 0) <= now - WINDOW_MS) logs.delete(key);
  };
  const reserve = (key: string, perMinute: number): number => {
    const now = clock.now();
    let log = logs.get(key);
    if (!log) {
      if (logs.size >= 10_000) sweep(now);
      log = { times: [], head: 0 };
      logs.set(key, log);
    }
    const { times } = log;
    while (log.head < times.length && (times[log.head] as number) <= now - WINDOW_MS) log.head++;
    if (log.head > 1024 && log.head * 2 > times.length) {
      log.times = times.slice(log.head);
      log.head = 0;
    }
    const last = log.times[log.times.length - 1] ?? now;
    const full = log.times.length - log.head >= perMinute;
    const at = Math.max(
      now,
      last, // first come, first served, also after perMinute was raised
      full ? (log.times[log.times.length - perMinute] as number) + WINDOW_MS : now,
    );
    log.times.push(at);
    return at - now;
  };
  return {
    async reserve(key, perMinute) {
      return reserve(key, perMinute);
    },
    async acquire(key, perMinute) {
      const wait = reserve(key, perMinute);
      if (wait > 0) await clock.sleep(wait);
    },
  };
}
