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

/** The runs of these jobs, by status, counted from push_run (ix_run_bulk_status). */
export async function liveCounts(
  ds: DataSource,
  jobIds: readonly string[],
): Promise<Map<string, BulkCounts>> {
  const out = new Map<string, BulkCounts>(
    jobIds.map((id) => [id, { queued: 0, succeeded: 0, failed: 0 }]),
  );
  if (jobIds.length === 0) return out;
  const rows = (await ds.query(
    `SELECT bulkJobId AS job, status, COUNT(*) AS n FROM push_run
      WHERE bulkJobId IN (${jobIds.map(() => '?').join(', ')}) GROUP BY bulkJobId, status`,
    [...jobIds],
  )) as { job: string; status: string; n: number | string }[];
  for (const r of rows) {
    const c = out.get(r.job)!;
    const n = Number(r.n);
    c.queued += n;
    if (r.status === 'SUCCESS') c.succeeded += n;
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
    jobs.filter((j) => !j.settled).map((j) => j.id),
  );
  return jobs.map((j) => stateOf(j, j.settled ? j : live.get(j.id)!));
}

export function stateOf(j: BulkJobEntity, c: BulkCounts): BulkJobState {
  const { cursorKey: _c, leaseOwner: _o, leaseUntil: _u, ...rest } = j;
  return { ...rest, queued: c.queued, succeeded: c.succeeded, failed: c.failed };
}
