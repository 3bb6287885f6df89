import type { DataSource } from 'typeorm';
import type { BulkJobEntity } from './bulk-job.entity.js';

export interface BulkCounts {
  queued: number;
  succeeded: number;
  failed: number;
}

/** A job as shown and announced: its row with its run counts. */
export type BulkJobState = Omit<BulkJobEntity, 'cursorKey' | 'leaseOwner' | 'leaseUntil'> &
  BulkCounts;

/**
 * The runs of these jobs by outcome. Only the runs not SUCCESS are counted (ix_run_bulk_status:
 * the open ones, at most a window, and the failures); succeeded is the rest of `queued`, which
 * is exact (written in the commit that inserts the runs). A 100,000-run job costs no 100,000-row
 * scan four times a second.
 */
export async function liveCounts(
  ds: DataSource,
  jobs: readonly Pick<BulkJobEntity, 'id' | 'queued'>[],
): Promise<Map<string, BulkCounts>> {
  const out = new Map<string, BulkCounts>(
    jobs.map((j) => [j.id, { queued: j.queued, succeeded: j.queued, failed: 0 }]),
  );
  if (jobs.length === 0) return out;
  const rows = (await ds.query(
    `SELECT bulkJobId AS job, status, COUNT(*) AS n FROM push_run
      WHERE bulkJobId IN (${jobs.map(() => '?').join(', ')})
        AND status IN ('QUEUED', 'RUNNING', 'RETRYING', 'FAILURE')
      GROUP BY bulkJobId, status`,
    jobs.map((j) => j.id),
  )) as { job: string; status: string; n: number | string }[];
  for (const r of rows) {
    const c = out.get(r.job)!;
    const n = Number(r.n);
    c.succeeded -= n;
    if (r.status === 'FAILURE') c.failed += n;
  }
  return out;
}

/** Open (not yet final) runs of one job: a short range of the same index. */
export async function openCount(ds: DataSource, jobId: string): Promise<number> {
  const [row] = (await ds.query(
    `SELECT COUNT(*) AS n FROM push_run
      WHERE bulkJobId = ? AND status IN ('QUEUED', 'RUNNING', 'RETRYING')`,
    [jobId],
  )) as { n: number | string }[];
  return Number(row?.n ?? 0);
}

/** Jobs with their counts: stored once settled, else counted now. */
export async function withCounts(
  ds: DataSource,
  jobs: readonly BulkJobEntity[],
): Promise<BulkJobState[]> {
  const live = await liveCounts(
    ds,
    jobs.filter((j) => !j.settled),
  );
  return jobs.map((j) => stateOf(j, j.settled ? j : live.get(j.id)!));
}

export function stateOf(j: BulkJobEntity, c: BulkCounts): BulkJobState {
  const { cursorKey: _c, leaseOwner: _o, leaseUntil: _u, ...rest } = j;
  return { ...rest, queued: c.queued, succeeded: c.succeeded, failed: c.failed };
}
