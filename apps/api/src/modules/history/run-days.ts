/** Connector.stats: finished runs bucketed by UTC day, with nearest-rank percentiles. */

export interface FinishedRun {
  /** YYYY-MM-DD (UTC) of finishedAt. */
  day: string;
  succeeded: boolean;
  durationMs: number | null;
}

export interface RunDay {
  day: string;
  succeeded: number;
  failed: number;
  p50Ms: number | null;
  p95Ms: number | null;
}

export const MAX_DAYS = 90;

const DAY_MS = 86_400_000;

/** The first instant of the oldest of `days` UTC days ending with today. */
export function firstDay(days: number, now: Date): Date {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(today - (days - 1) * DAY_MS);
}

/** Nearest rank: the smallest value with at least p % of the values at or below it. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** One entry per day from firstDay(days) through today, oldest first; empty days hold zeros. */
export function runDays(runs: Iterable<FinishedRun>, days: number, now: Date): RunDay[] {
  const start = firstDay(days, now).getTime();
  const buckets = new Map<string, { ok: number; failed: number; ms: number[] }>();
  for (let i = 0; i < days; i++) {
    buckets.set(new Date(start + i * DAY_MS).toISOString().slice(0, 10), {
      ok: 0,
      failed: 0,
      ms: [],
    });
  }
  for (const r of runs) {
    const b = buckets.get(r.day);
    if (!b) continue;
    if (r.succeeded) b.ok++;
    else b.failed++;
    if (r.durationMs !== null) b.ms.push(r.durationMs);
  }
  return [...buckets].map(([day, b]) => {
    const ms = b.ms.sort((x, y) => x - y);
    return {
      day,
      succeeded: b.ok,
      failed: b.failed,
      p50Ms: percentile(ms, 50),
      p95Ms: percentile(ms, 95),
    };
  });
}
