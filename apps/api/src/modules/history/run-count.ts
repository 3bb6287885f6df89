import { TtlCache } from '../shared/ttl-cache.js';

/**
 * totalCount over millions of runs. InnoDB counts an index at a few million entries a second, so
 * an exact COUNT(*) of a million runs takes a few hundred milliseconds on every page. Instead a
 * count is split at a boundary (the start of the previous hour):
 *
 *   total = older (createdAt < boundary, counted once per boundary and process, then cached)
 *         + newer (createdAt >= boundary, counted on every call: at most two hours of runs)
 *
 * The boundary moves every hour, so the cached part is recounted hourly. What changes under it
 * shows within that hour: runs deleted by retention, and a late status change of an old run
 * (a retry that finishes hours later) for a status or window filter. Small result sets (a text or
 * record filter) are counted exactly on every call.
 */
export class RunCounter {
  private readonly older = new TtlCache<string, number>(2 * HOUR_MS, 5_000);

  constructor(private readonly now: () => number = Date.now) {}

  /** `count(extra)` counts the filter's runs with one more condition (null: none). */
  async count(
    key: string | null,
    count: (extra: { sql: string; at: Date } | null) => Promise<number>,
  ): Promise<number> {
    if (key === null) return count(null);
    const boundary = new Date(Math.floor(this.now() / HOUR_MS) * HOUR_MS - HOUR_MS);
    const [older, newer] = await Promise.all([
      this.older.getOrLoad(`${boundary.getTime()}|${key}`, () =>
        count({ sql: 'r.createdAt < ?', at: boundary }),
      ),
      count({ sql: 'r.createdAt >= ?', at: boundary }),
    ]);
    return older + newer;
  }
}

const HOUR_MS = 3_600_000;
