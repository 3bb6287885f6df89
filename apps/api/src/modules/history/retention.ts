import type { DataSource } from 'typeorm';
import type { Logger } from '../../logger.js';

/** Runs a batch deletes: each DELETE is its own short statement (row locks for that long). */
export const RETENTION_BATCH = 250;

/** How often the worker processes delete runs past retention. */
export const RETENTION_INTERVAL_MS = 60 * 60 * 1000;

export interface RetentionResult {
  runs: number;
  attempts: number;
  /** The longest single DELETE: the longest any row lock was held. */
  longestStatementMs: number;
}

/**
 * Deletes finished runs created before now - days, with their attempts, RETENTION_BATCH runs at a
 * time, one organization after another (ix_run_org finds the oldest). Each statement commits on
 * its own, so no lock outlives a batch; a pause between batches lets pushes through. Connector
 * versions the runs point to stay. An interrupted sweep loses nothing: attempts go first, so a
 * run is never left half deleted in a way the next sweep would miss.
 */
export async function deleteOldRuns(
  ds: DataSource,
  days: number,
  opts: { now?: Date; batch?: number; pauseMs?: number; signal?: { stopped: boolean } } = {},
): Promise<RetentionResult> {
  const batch = opts.batch ?? RETENTION_BATCH;
  const cutoff = new Date((opts.now ?? new Date()).getTime() - days * 86_400_000);
  const before = cutoff.toISOString().replace('T', ' ').replace('Z', '');
  const out: RetentionResult = { runs: 0, attempts: 0, longestStatementMs: 0 };
  // SQLite answers a DELETE's count only through RETURNING (TypeORM gives its last rowid).
  const returning = ds.options.type === 'mysql' ? '' : ' RETURNING 1';
  const timed = async (sql: string, params: unknown[]) => {
    const t = performance.now();
    const res = (await ds.query(sql + returning, params)) as unknown;
    out.longestStatementMs = Math.max(out.longestStatementMs, performance.now() - t);
    return affected(res);
  };
  const orgs = (await ds.query('SELECT id FROM organization')) as { id: string }[];
  for (const { id: org } of orgs) {
    for (;;) {
      if (opts.signal?.stopped) return out;
      const ids = (
        (await ds.query(
          `SELECT id FROM push_run WHERE organizationId = ? AND createdAt < ?
             AND status IN ('SUCCESS', 'FAILURE') ORDER BY createdAt LIMIT ?`,
          [org, before, batch],
        )) as { id: string }[]
      ).map((r) => r.id);
      if (ids.length === 0) break;
      const marks = ids.map(() => '?').join(', ');
      out.attempts += await timed(`DELETE FROM push_attempt WHERE runId IN (${marks})`, ids);
      out.runs += await timed(`DELETE FROM push_run WHERE id IN (${marks})`, ids);
      if (ids.length < batch) break;
      if (opts.pauseMs) await new Promise((r) => setTimeout(r, opts.pauseMs));
    }
  }
  return out;
}

/** mysql2 answers a ResultSetHeader; SQLite the RETURNING rows. */
function affected(res: unknown): number {
  if (Array.isArray(res)) return res.length;
  return Number((res as { affectedRows?: number } | undefined)?.affectedRows ?? 0);
}

/** Every RETENTION_INTERVAL_MS (first a minute after start), one sweep at a time. */
export function startRetention(
  ds: DataSource,
  logger: Logger,
  days: number,
): { stop(): Promise<void> } {
  const signal = { stopped: false };
  let running: Promise<void> | null = null;
  const run = () => {
    if (running) return;
    running = deleteOldRuns(ds, days, { pauseMs: 20, signal })
      .then((r) => {
        if (r.runs > 0) logger.info({ ...r, days }, 'deleted runs past retention');
      })
      .catch((err: unknown) => logger.warn({ err }, 'run retention sweep failed'))
      .finally(() => (running = null));
  };
  const first = setTimeout(run, 60_000);
  const timer = setInterval(run, RETENTION_INTERVAL_MS);
  first.unref();
  timer.unref();
  return {
    async stop() {
      signal.stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
