// Kept by hand (a product rule): the documented push back-off schedule, not a generic retry.
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * Delay after attempt n (1-based): 1 s, 5 s, 30 s, 2 min, 10 min, 30 min, 1 h, 2 h, 4 h, 8 h,
 * 12 h, then 24 h for every later attempt. With 20 attempts a push keeps trying for about 9 days.
 */
export const BACKOFF_SCHEDULE_MS = [
  SECOND,
  5 * SECOND,
  30 * SECOND,
  2 * MINUTE,
  10 * MINUTE,
  30 * MINUTE,
  HOUR,
  2 * HOUR,
  4 * HOUR,
  8 * HOUR,
  12 * HOUR,
  24 * HOUR,
] as const;

export const RETRY_AFTER_CAP_MS = HOUR;

/** The schedule's delay after attempt n with ±20 % jitter. */
export function backoffDelayMs(attempt: number, random: () => number = Math.random): number {
  const index = Math.min(Math.max(attempt, 1), BACKOFF_SCHEDULE_MS.length) - 1;
  const base = BACKOFF_SCHEDULE_MS[index] as number;
  return Math.round(base * (0.8 + 0.4 * random()));
}

/** How long a push keeps trying with maxAttempts attempts (no jitter): the sum of the delays. */
export function retryHorizonMs(maxAttempts: number): number {
  let total = 0;
  for (let attempt = 1; attempt < maxAttempts; attempt++)
    total += BACKOFF_SCHEDULE_MS[Math.min(attempt, BACKOFF_SCHEDULE_MS.length) - 1] as number;
  return total;
}

/** "gives up after about 28 h" for the setup form; "does not retry" for one attempt. */
export function describeHorizon(maxAttempts: number): string {
  const ms = retryHorizonMs(maxAttempts);
  if (ms === 0) return 'does not retry';
  const [n, unit] =
    ms < MINUTE
      ? [ms / SECOND, 's']
      : ms < HOUR
        ? [ms / MINUTE, 'min']
        : ms < 48 * HOUR
          ? [ms / HOUR, 'h']
          : [ms / (24 * HOUR), 'days'];
  return `gives up after about ${Math.round(n)} ${unit}`;
}

/**
 * Retry-After as delay-seconds or an HTTP date -> a delay in ms, at least 0 and at most 1 h;
 * null when absent or unreadable (then the back-off schedule applies).
 */
export function parseRetryAfter(header: string | null | undefined, now: number): number | null {
  if (!header) return null;
  const text = header.trim();
  let delay: number;
  if (/^\d+$/.test(text)) delay = Number(text) * SECOND;
  else {
    // Date.parse reads "1.5" or "-5" as dates; an HTTP date always names a month.
    const date = /[a-z]{3}/i.test(text) ? Date.parse(text) : NaN;
    if (Number.isNaN(date)) return null;
    delay = date - now;
  }
  return Math.min(Math.max(delay, 0), RETRY_AFTER_CAP_MS);
}
